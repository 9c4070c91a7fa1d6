/**
 * Shared bits of the account charts. The charts are pure functions returning SVG strings,
 * rendered into the page at build time: no chart library, no script in the browser. Colours
 * come from the site's CSS custom properties (with fallbacks), so they follow light and dark
 * themes; every chart carries a <title> and a <desc> that says in words what it shows.
 */

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** A fill or stroke from a CSS custom property, with a fallback for viewers without the stylesheet. */
export const paint = (variable: string, fallback: string) => `var(--${variable}, ${fallback})`;

export const COLORS = {
  fg: paint('fg', '#1d1f23'),
  muted: paint('muted', '#555b66'),
  border: paint('border', '#d5dae1'),
  surface: paint('surface', '#f3f5f8'),
  accent: paint('accent', '#0b5cad'),
  broadcast: paint('broadcast', '#b4541a'),
  conversational: paint('conversational', '#1f7a4d'),
  hybrid: paint('hybrid', '#6a4bb3'),
} as const;

/** The colour of a mode: the three shipped modes have their own, any other mode the accent. */
export function modeColor(mode: string): string {
  if (mode === 'broadcast-only') return COLORS.broadcast;
  if (mode === 'conversational' || mode === 'hybrid') return COLORS[mode];
  return COLORS.accent;
}

/** Rounds coordinates so the markup stays short and stable. */
export const n = (value: number): string => String(Math.round(value * 10) / 10);

export interface SvgFrame {
  id: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  body: string;
}

/** Wraps a chart body in an accessible, scalable <svg>. `id` must be unique on the page. */
export function svgFrame(frame: SvgFrame): string {
  const titleId = `${frame.id}-title`;
  const descId = `${frame.id}-desc`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${frame.width} ${frame.height}" width="${frame.width}" height="${frame.height}" role="img" aria-labelledby="${titleId} ${descId}" class="account-chart" style="font-family:inherit;font-size:12px">`,
    `<title id="${titleId}">${escapeXml(frame.title)}</title>`,
    `<desc id="${descId}">${escapeXml(frame.desc)}</desc>`,
    frame.body,
    '</svg>',
  ].join('');
}

export function text(
  x: number,
  y: number,
  content: string,
  options: { anchor?: 'start' | 'middle' | 'end'; fill?: string; weight?: number; size?: number } = {},
): string {
  const attrs = [
    `x="${n(x)}"`,
    `y="${n(y)}"`,
    options.anchor && options.anchor !== 'start' ? `text-anchor="${options.anchor}"` : '',
    `style="fill:${options.fill ?? COLORS.fg}${options.weight ? `;font-weight:${options.weight}` : ''}${options.size ? `;font-size:${options.size}px` : ''}"`,
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${escapeXml(content)}</text>`;
}

export function rect(x: number, y: number, width: number, height: number, fill: string, extra = ''): string {
  return `<rect x="${n(x)}" y="${n(y)}" width="${n(Math.max(0, width))}" height="${n(Math.max(0, height))}" style="fill:${fill}${extra}"/>`;
}
