/**
 * Shared bits of the account charts. The charts are pure functions returning SVG strings,
 * rendered into the page at build time: no chart library, no script in the browser. Colours
 * come from the site's CSS custom properties (through classes, with fallbacks: see COLORS), so
 * they follow light and dark themes; every chart carries a <title> and a <desc> that says in
 * words what it shows.
 */

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/**
 * The site's colours the charts use, each with its light-theme value. An element gets its colour
 * twice: as a class (`fill-accent`, `stroke-border`), which AccountChart.astro maps to the site's
 * CSS custom property so the chart follows light and dark themes, and as a presentation attribute
 * with the value below, for viewers without the stylesheet. Never as `style="…"`: the site's
 * Content-Security-Policy (src/lib/csp/policy.ts) blocks style attributes.
 */
export const COLORS = {
  fg: '#1d1f23',
  muted: '#555b66',
  border: '#d5dae1',
  surface: '#f3f5f8',
  accent: '#0b5cad',
  broadcast: '#b4541a',
  conversational: '#1f7a4d',
  hybrid: '#6a4bb3',
  bg: '#ffffff',
} as const;

export type ChartColor = keyof typeof COLORS;

/** How a shape is painted: colours by name (see COLORS), widths and opacity as numbers. */
export interface Paint {
  fill?: ChartColor;
  stroke?: ChartColor;
  strokeWidth?: number;
  opacity?: number;
}

/** A paint as SVG attributes: presentation attributes plus the classes the stylesheet themes. */
export function paint({ fill, stroke, strokeWidth, opacity }: Paint): string {
  const classes = [fill ? `fill-${fill}` : '', stroke ? `stroke-${stroke}` : ''].filter(Boolean);
  return [
    fill ? `fill="${COLORS[fill]}"` : '',
    stroke ? `stroke="${COLORS[stroke]}"` : '',
    strokeWidth !== undefined ? `stroke-width="${strokeWidth}"` : '',
    opacity !== undefined ? `opacity="${opacity}"` : '',
    classes.length > 0 ? `class="${classes.join(' ')}"` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The colour of a mode: the three shipped modes have their own, any other mode the accent. */
export function modeColor(mode: string): ChartColor {
  if (mode === 'broadcast-only') return 'broadcast';
  if (mode === 'conversational' || mode === 'hybrid') return mode;
  return 'accent';
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
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${frame.width} ${frame.height}" width="${frame.width}" height="${frame.height}" role="img" aria-labelledby="${titleId} ${descId}" class="account-chart" font-size="12">`,
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
  options: { anchor?: 'start' | 'middle' | 'end'; fill?: ChartColor; weight?: number; size?: number } = {},
): string {
  const attrs = [
    `x="${n(x)}"`,
    `y="${n(y)}"`,
    options.anchor && options.anchor !== 'start' ? `text-anchor="${options.anchor}"` : '',
    options.weight ? `font-weight="${options.weight}"` : '',
    options.size ? `font-size="${options.size}"` : '',
    paint({ fill: options.fill ?? 'fg' }),
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${escapeXml(content)}</text>`;
}

export function rect(x: number, y: number, width: number, height: number, painted: Paint): string {
  return `<rect x="${n(x)}" y="${n(y)}" width="${n(Math.max(0, width))}" height="${n(Math.max(0, height))}" ${paint(painted)}/>`;
}
