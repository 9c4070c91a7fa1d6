/**
 * A small anti-aliased rasterizer for glyph outlines: lines, quadratic and cubic curves filled
 * with the non-zero rule, 4 sub-rows per pixel and exact horizontal coverage. Share images draw
 * their text with it, so the build needs no native image library and no headless browser. Pure.
 */

/** A path command as opentype.js gives them, in pixels, y down. */
export type PathCommand =
  | { type: 'M' | 'L'; x: number; y: number }
  | { type: 'Q'; x1: number; y1: number; x: number; y: number }
  | { type: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { type: 'Z' };

/** A coverage mask: 0 (none) to 255 (full), `width` × `height`, placed at (`left`, `top`). */
export interface Mask {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Uint8Array;
}

interface Edge {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  dir: 1 | -1;
}

const CURVE_STEPS = 10;
const SUB_ROWS = 4;

/** The outline as straight edges (curves flattened), each closed contour closed. */
export function flatten(commands: readonly PathCommand[]): Edge[] {
  const edges: Edge[] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  const line = (toX: number, toY: number) => {
    if (toY !== y)
      edges.push(
        y < toY ? { x0: x, y0: y, x1: toX, y1: toY, dir: 1 } : { x0: toX, y0: toY, x1: x, y1: y, dir: -1 },
      );
    x = toX;
    y = toY;
  };
  for (const c of commands) {
    if (c.type === 'M') {
      if (x !== startX || y !== startY) line(startX, startY);
      x = startX = c.x;
      y = startY = c.y;
    } else if (c.type === 'L') {
      line(c.x, c.y);
    } else if (c.type === 'Q') {
      const [x0, y0] = [x, y];
      for (let i = 1; i <= CURVE_STEPS; i++) {
        const t = i / CURVE_STEPS;
        const u = 1 - t;
        line(u * u * x0 + 2 * u * t * c.x1 + t * t * c.x, u * u * y0 + 2 * u * t * c.y1 + t * t * c.y);
      }
    } else if (c.type === 'C') {
      const [x0, y0] = [x, y];
      for (let i = 1; i <= CURVE_STEPS; i++) {
        const t = i / CURVE_STEPS;
        const u = 1 - t;
        line(
          u * u * u * x0 + 3 * u * u * t * c.x1 + 3 * u * t * t * c.x2 + t * t * t * c.x,
          u * u * u * y0 + 3 * u * u * t * c.y1 + 3 * u * t * t * c.y2 + t * t * t * c.y,
        );
      }
    } else {
      line(startX, startY);
    }
  }
  if (x !== startX || y !== startY) line(startX, startY);
  return edges;
}

/** Fills the outline into a coverage mask just large enough to hold it. */
export function rasterize(commands: readonly PathCommand[]): Mask {
  const edges = flatten(commands);
  if (edges.length === 0) return { left: 0, top: 0, width: 0, height: 0, alpha: new Uint8Array(0) };
  const left = Math.floor(Math.min(...edges.map((e) => Math.min(e.x0, e.x1))));
  const right = Math.ceil(Math.max(...edges.map((e) => Math.max(e.x0, e.x1))));
  const top = Math.floor(Math.min(...edges.map((e) => e.y0)));
  const bottom = Math.ceil(Math.max(...edges.map((e) => e.y1)));
  const width = right - left;
  const height = bottom - top;
  const coverage = new Float32Array(width * height);
  const crossings: { x: number; dir: number }[] = [];
  for (let row = 0; row < height; row++) {
    for (let sub = 0; sub < SUB_ROWS; sub++) {
      const sy = top + row + (sub + 0.5) / SUB_ROWS;
      crossings.length = 0;
      for (const e of edges) {
        if (sy < e.y0 || sy >= e.y1) continue;
        crossings.push({ x: e.x0 + ((sy - e.y0) / (e.y1 - e.y0)) * (e.x1 - e.x0), dir: e.dir });
      }
      crossings.sort((a, b) => a.x - b.x);
      let winding = 0;
      for (let i = 0; i < crossings.length - 1; i++) {
        winding += crossings[i]?.dir ?? 0;
        if (winding === 0) continue;
        const from = (crossings[i]?.x ?? 0) - left;
        const to = (crossings[i + 1]?.x ?? 0) - left;
        addSpan(coverage, row * width, width, from, to);
      }
    }
  }
  const alpha = new Uint8Array(width * height);
  for (let i = 0; i < alpha.length; i++)
    alpha[i] = Math.min(255, Math.round(((coverage[i] ?? 0) / SUB_ROWS) * 255));
  return { left, top, width, height, alpha };
}

/** Adds the horizontal span [from, to) of one sub-row to a row of coverage, pixel fractions included. */
function addSpan(coverage: Float32Array, rowStart: number, width: number, from: number, to: number): void {
  const a = Math.max(0, from);
  const b = Math.min(width, to);
  if (b <= a) return;
  const first = Math.floor(a);
  const last = Math.floor(b);
  if (first === last) {
    coverage[rowStart + first] = (coverage[rowStart + first] ?? 0) + (b - a);
    return;
  }
  coverage[rowStart + first] = (coverage[rowStart + first] ?? 0) + (first + 1 - a);
  for (let px = first + 1; px < last; px++) coverage[rowStart + px] = (coverage[rowStart + px] ?? 0) + 1;
  if (last < width) coverage[rowStart + last] = (coverage[rowStart + last] ?? 0) + (b - last);
}
