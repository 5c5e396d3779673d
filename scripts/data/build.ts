// `npm run data`: read ../shared/data (or SHARED_DATA_DIR) + world-atlas, write public/data/.
// Any bad input throws a DataInputError naming the file; we print it and exit non-zero.
import { MAP_FILE_BUDGET } from './config.ts';
import { DataInputError, inputPath } from './read-inputs.ts';
import { readAsciiGrid } from './read-grid.ts';
import { buildOblasts, readLandMask } from './oblasts.ts';
import { buildBoundaries } from './boundaries.ts';
import { listControlInputs, readOccupied, ORDLO_FILE } from './control-inputs.ts';
import { controlStates } from './control.ts';
import { controlTopologies } from './control-files.ts';
import { buildPlaces, readSettlements, SETTLEMENTS_FILE } from './places.ts';
import { buildRivers } from './rivers.ts';
import { buildRelief, ELEVATION_FILE } from './elevation.ts';
import { buildProfiles } from './profiles.ts';
import { areaRows, toCsv } from './areas.ts';
import { buildSources } from './sources.ts';
import { writeJson, writeOutput, type Written } from './write.ts';

function main(): Written[] {
  const out: Written[] = [];
  // Boundaries first: the locator scene depends on them and they need nothing else.
  const oblasts = buildOblasts();
  out.push(writeJson('boundaries.topo.json', buildBoundaries(oblasts), MAP_FILE_BUDGET));

  const controls = listControlInputs().map((i) => ({ ...i, geometry: readOccupied(i.file) }));
  const ordlo = readOccupied(ORDLO_FILE);
  const settlements = readSettlements();
  const { states, since2014, monthly } = controlStates(controls, ordlo, settlements, inputPath(SETTLEMENTS_FILE), readLandMask());
  for (const [name, topo] of Object.entries(controlTopologies(states, since2014, monthly)))
    out.push(writeJson(name, topo, MAP_FILE_BUDGET));

  const places = buildPlaces(oblasts);
  out.push(writeJson('places.json', { attribution: 'Places: GeoNames (CC BY 4.0)', places }, MAP_FILE_BUDGET));
  out.push(writeJson('rivers.topo.json', buildRivers(), MAP_FILE_BUDGET));

  const gridFile = inputPath(ELEVATION_FILE);
  const grid = readAsciiGrid(gridFile);
  out.push(writeJson('relief.json', buildRelief(grid, gridFile), MAP_FILE_BUDGET));
  const now = controls.find((c) => c.date === '2026-01-27') ?? controls[controls.length - 1];
  out.push(writeJson('profile.json', buildProfiles(grid, places, oblasts, now), MAP_FILE_BUDGET));

  const rows = areaRows([
    { date: '2022-02-23', file: ORDLO_FILE, series: 'ordlo', geometry: ordlo,
      note: "DeepState's pre-2022 (ORDLO) polygon drawn 2022-04-03, standing for 2015-02-15 .. 2022-02-23" },
    ...controls,
  ]);
  out.push(writeOutput('occupied-area.csv', toCsv(rows)));
  out.push(writeJson('sources.json', buildSources(out, rows)));
  return out;
}

try {
  for (const w of main())
    console.log(`${w.file.padEnd(38)} ${String(w.bytes).padStart(8)} B ${String(w.gzipBytes).padStart(7)} B gzip`);
} catch (err) {
  // Input problems get a one-line message naming the file; anything else is a bug: show the stack.
  console.error(err instanceof DataInputError ? err.message : err);
  process.exit(1);
}
