// Runs inside Chromium (page.evaluate): turns a laid-out figure into one standalone SVG with real text.
// HTML boxes with a background or border become <rect>s, text becomes <text> per rendered line, and the
// scene's own <svg> drawings are copied with their computed paint inlined, so the file needs no CSS,
// fonts or scripts, and opens in any browser or vector editor. Must stay self-contained (no imports).

export function flattenToSvg(selector: string): string {
  const NS = 'http://www.w3.org/2000/svg';
  const root = document.querySelector(selector) as HTMLElement;
  const origin = root.getBoundingClientRect();
  const out = document.createElementNS(NS, 'svg');
  const width = Math.ceil(origin.width);
  const height = Math.ceil(origin.height);
  out.setAttribute('xmlns', NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const bg = getComputedStyle(document.body).backgroundColor;
  const backdrop = document.createElementNS(NS, 'rect');
  backdrop.setAttribute('width', '100%');
  backdrop.setAttribute('height', '100%');
  backdrop.setAttribute('fill', bg);
  out.append(backdrop);

  const SVG_PAINT = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linejoin', 'stroke-linecap', 'opacity', 'paint-order', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'letter-spacing'];
  const visible = (el: Element) => {
    const s = getComputedStyle(el);
    return s.display !== 'none' && s.visibility !== 'hidden' && Number(s.opacity) > 0.01;
  };

  function copySvg(svg: SVGSVGElement) {
    const box = svg.getBoundingClientRect();
    const clone = svg.cloneNode(true) as SVGSVGElement;
    const sources = [svg, ...svg.querySelectorAll('*')];
    const targets = [clone, ...clone.querySelectorAll('*')];
    sources.forEach((el, i) => {
      const target = targets[i];
      if (!visible(el) && el.tagName !== 'defs' && !el.closest('defs')) {
        target.remove();
        return;
      }
      const s = getComputedStyle(el);
      for (const p of SVG_PAINT) {
        const v = s.getPropertyValue(p);
        // url("#id") → url(#id): older SVG readers only know the unquoted form.
        if (v) target.setAttribute(p, v.replace(/url\("([^"]+)"\)/g, "url($1)"));
      }
      target.removeAttribute('class');
      target.removeAttribute('style');
    });
    clone.setAttribute('x', String(box.left - origin.left));
    clone.setAttribute('y', String(box.top - origin.top));
    clone.setAttribute('width', String(box.width));
    clone.setAttribute('height', String(box.height));
    clone.setAttribute('overflow', getComputedStyle(svg).overflow === 'visible' ? 'visible' : 'hidden');
    out.append(clone);
  }

  function rect(x: number, y: number, w: number, h: number, fill: string, extra: Record<string, string> = {}) {
    const r = document.createElementNS(NS, 'rect');
    for (const [k, v] of Object.entries({ x: x - origin.left, y: y - origin.top, width: w, height: h, fill, ...extra })) r.setAttribute(k, String(v));
    out.append(r);
  }

  // A box's background, then each border it has as a thin filled strip (a top rule stays a rule).
  function box(el: HTMLElement, clip: DOMRect) {
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1 || !overlaps(r, clip)) return;
    const hasBg = s.backgroundColor !== 'rgba(0, 0, 0, 0)' && s.backgroundColor !== 'transparent';
    if (hasBg) {
      const radius = parseFloat(s.borderTopLeftRadius);
      rect(r.left, r.top, r.width, r.height, s.backgroundColor, radius > 0 ? { rx: String(Math.min(radius, r.width / 2, r.height / 2)) } : {});
    }
    const top = parseFloat(s.borderTopWidth), right = parseFloat(s.borderRightWidth), bottom = parseFloat(s.borderBottomWidth), left = parseFloat(s.borderLeftWidth);
    if (top > 0 && s.borderTopStyle !== 'none') rect(r.left, r.top, r.width, top, s.borderTopColor);
    if (bottom > 0 && s.borderBottomStyle !== 'none') rect(r.left, r.bottom - bottom, r.width, bottom, s.borderBottomColor);
    if (left > 0 && s.borderLeftStyle !== 'none') rect(r.left, r.top, left, r.height, s.borderLeftColor);
    if (right > 0 && s.borderRightStyle !== 'none') rect(r.right - right, r.top, right, r.height, s.borderRightColor);
  }

  const overlaps = (r: DOMRect, clip: DOMRect) => r.right > clip.left + 0.5 && r.left < clip.right - 0.5 && r.bottom > clip.top + 0.5 && r.top < clip.bottom - 0.5;

  function text(node: Text, clip: DOMRect) {
    const parent = node.parentElement!;
    const s = getComputedStyle(parent);
    const content = node.textContent ?? '';
    if (!content.trim()) return;
    // One <text> per rendered line: measure each character's line.
    const range = document.createRange();
    let line = '';
    let lineRect: DOMRect | null = null;
    const flush = () => {
      // Text clipped away by an ancestor (a collapsed row, a scrolled box) is not drawn.
      if (!lineRect || !line.trim() || !overlaps(lineRect, clip)) return;
      const t = document.createElementNS(NS, 'text');
      t.setAttribute('x', String(lineRect.left - origin.left));
      t.setAttribute('y', String(lineRect.bottom - origin.top - lineRect.height * 0.22));
      t.setAttribute('fill', s.color);
      t.setAttribute('font-family', s.fontFamily);
      t.setAttribute('font-size', s.fontSize);
      t.setAttribute('font-weight', s.fontWeight);
      // Keep each line exactly as wide as it was drawn, whatever font the viewer substitutes.
      t.setAttribute('textLength', String(Math.round(lineRect.width * 10) / 10));
      t.setAttribute('lengthAdjust', 'spacingAndGlyphs');
      if (s.fontStyle !== 'normal') t.setAttribute('font-style', s.fontStyle);
      if (s.textShadow !== 'none') {
        t.setAttribute('stroke', getComputedStyle(document.body).backgroundColor);
        t.setAttribute('stroke-width', '3');
        t.setAttribute('paint-order', 'stroke');
        t.setAttribute('stroke-linejoin', 'round');
      }
      t.textContent = s.textTransform === 'uppercase' ? line.trim().toUpperCase() : line.trim();
      out.append(t);
    };
    for (let i = 0; i < content.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const r = range.getClientRects()[0];
      if (!r) continue;
      if (lineRect && Math.abs(r.top - lineRect.top) > r.height / 2) {
        flush();
        line = '';
        lineRect = null;
      }
      const blank = /\s/.test(content[i]);
      if (!lineRect && blank) continue;
      // Spaces join words but never widen the line's measured box (a line's edge spaces are trimmed).
      if (!lineRect) lineRect = r;
      else if (!blank) lineRect = new DOMRect(lineRect.left, lineRect.top, r.right - lineRect.left, Math.max(lineRect.height, r.height));
      line += content[i];
    }
    flush();
  }

  function walk(el: Element, clip: DOMRect) {
    if (!visible(el) || el.classList.contains('visually-hidden') || el.matches('.static-note, .scene-tools, button, input')) return;
    if (el instanceof SVGSVGElement) return copySvg(el);
    if (el instanceof HTMLElement) {
      box(el, clip);
      const s = getComputedStyle(el);
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
        const r = el.getBoundingClientRect();
        const left = Math.max(clip.left, r.left), top = Math.max(clip.top, r.top);
        clip = new DOMRect(left, top, Math.max(0, Math.min(clip.right, r.right) - left), Math.max(0, Math.min(clip.bottom, r.bottom) - top));
      }
    }
    for (const child of el.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text(child as Text, clip);
      else if (child.nodeType === Node.ELEMENT_NODE) walk(child as Element, clip);
    }
  }
  walk(root, new DOMRect(origin.left, origin.top, origin.width, origin.height));
  return new XMLSerializer().serializeToString(out);
}
