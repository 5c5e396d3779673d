// The height messages an embed sends to its host page, in the two formats newsroom hosts already run:
// pym.js (a Parent matches `pymxPYMx<childId>xPYMxheightxPYMx<px>`) and AMP's amp-iframe
// (`{ sentinel: 'amp', type: 'embed-size', height }`). The site's own loader reads the AMP form.

const PYM = 'xPYMx';

export function pymMessage(childId: string, type: string, message: string | number): string {
  return ['pym', childId, type, String(message)].join(PYM);
}

/** A pym message's parts, or null when `data` is not one. */
export function parsePymMessage(data: unknown): { childId: string; type: string; message: string } | null {
  if (typeof data !== 'string' || !data.startsWith(`pym${PYM}`)) return null;
  const [, childId, type, ...rest] = data.split(PYM);
  return childId && type ? { childId, type, message: rest.join(PYM) } : null;
}

export function ampEmbedSize(height: number) {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/** Changes under 2 px are not worth a message: they are rounding, and answering them can loop. */
export function heightChanged(previous: number | null, next: number): boolean {
  return Number.isFinite(next) && next > 0 && (previous === null || Math.abs(next - previous) >= 2);
}
