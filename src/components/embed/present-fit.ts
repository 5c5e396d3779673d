// Presentation mode fits each slide to the screen: the step text as large as its column allows (up to
// the size the CSS sets), the figure magnified with CSS `zoom` (so every label, legend and credit grows
// alike, with no change to the scenes) as far as the column allows, and a map shrunk, not cut, when its
// legend and controls need the room. Runs only when the page's CSS says the slide layout applies
// (`--present-fit: 1`); on a short or narrow screen the page stacks and scrolls instead.

/** Never below this, in px: the text then overflows and the browser tests say so. Likewise the zoom. */
const MIN_TEXT_PX = 16;
/** A map keeps at least this share of the figure column's height before the type shrinks instead. */
const MIN_MAP_SHARE = 0.5;
const MIN_ZOOM = 0.7;
/** Lets a map grow to the whole column while measuring. */
const UNBOUNDED = '100000px';

/** How much larger the figure's type may be than on a reader's screen: more on a bigger screen, at most 1.6×. */
export const maxFigureZoom = (width: number, height: number) => Math.min(1.6, Math.max(1, Math.min(width / 1280, height / 720) * 1.15));

/** The largest font size, up to its stylesheet size, at which the content of `box` does not overflow it. */
export function fitText(box: HTMLElement): void {
  box.style.fontSize = '';
  const overflows = () => box.scrollHeight > box.clientHeight;
  if (!overflows()) return;
  // Binary search to a quarter pixel between the floor and the stylesheet size.
  let [fits, tooBig] = [MIN_TEXT_PX, parseFloat(getComputedStyle(box).fontSize)];
  while (tooBig - fits > 0.25) {
    const size = (fits + tooBig) / 2;
    box.style.fontSize = `${size}px`;
    if (overflows()) tooBig = size;
    else fits = size;
  }
  box.style.fontSize = `${fits}px`;
}

/**
 * Zooms `figure` to fill `box`: the largest zoom up to `maxZoom` at which it fits. At each zoom tried, maps
 * (`.scene-frame`, whose height is capped at `--scene-max-height`) give up height to what else the figure
 * holds (legend, controls, credit), down to half the box; past that, the zoom goes down. Returns the zoom.
 */
export function fitFigure(box: HTMLElement, figure: HTMLElement, maxZoom: number): number {
  const room = box.clientHeight;
  const height = () => figure.getBoundingClientRect().height;
  const fitsAt = (zoom: number) => {
    figure.style.zoom = String(zoom);
    figure.style.setProperty('--scene-max-height', UNBOUNDED);
    const maps = [...figure.querySelectorAll('.scene-frame')].map((el) => el.getBoundingClientRect().height).filter((h) => h > 0);
    const mapsHeight = maps.reduce((a, b) => a + b, 0);
    const rest = height() - mapsHeight;
    if (height() > room && maps.length && room - rest >= MIN_MAP_SHARE * room) {
      // Lengths inside a zoomed element are multiplied by its zoom: divide to get screen pixels.
      figure.style.setProperty('--scene-max-height', `${Math.floor((room - rest) / maps.length / zoom)}px`);
    }
    return height() <= room && figure.scrollWidth <= figure.clientWidth + 1;
  };
  if (fitsAt(maxZoom)) return maxZoom;
  // Binary search to 1% between the smallest zoom allowed and the largest; ends drawn at the largest that fits.
  let [fits, tooBig] = [MIN_ZOOM, maxZoom];
  while (tooBig - fits > 0.01) {
    const zoom = (fits + tooBig) / 2;
    if (fitsAt(zoom)) fits = zoom;
    else tooBig = zoom;
  }
  fitsAt(fits);
  return fits;
}

/** Keeps the slide in `page` fitted as steps change, the live scene mounts, fonts load and the window resizes. */
export function keepSlideFitted(page: HTMLElement): void {
  const box = page.querySelector<HTMLElement>('.figure-fit');
  const figure = box?.querySelector<HTMLElement>('.embed-figure');
  const text = page.querySelector<HTMLElement>('.embed-steps');
  if (!box || !figure || !text) return;
  const fit = () => {
    const on = getComputedStyle(page).getPropertyValue('--present-fit').trim() === '1';
    if (on) {
      fitText(text);
      fitFigure(box, figure, maxFigureZoom(innerWidth, innerHeight));
    } else {
      text.style.fontSize = figure.style.zoom = '';
      figure.style.removeProperty('--scene-max-height');
    }
  };
  // Fitting in the observers' callbacks would resize what they watch and loop; one frame later it settles.
  let queued = 0;
  const later = () => {
    cancelAnimationFrame(queued);
    queued = requestAnimationFrame(fit);
  };
  page.classList.add('is-slide');
  new ResizeObserver(later).observe(box);
  // The figure's own size changes when a step is drawn, the live scene replaces the static one, or a transition ends.
  new ResizeObserver(later).observe(figure.querySelector('[data-scene]') ?? figure);
  new MutationObserver(later).observe(page, { subtree: true, attributes: true, attributeFilter: ['hidden', 'data-state-step'] });
  void document.fonts.ready.then(later);
  fit();
}
