/**
 * Share images (og:image): 1200 × 630 PNGs with the playbook's name, the page's title and its
 * kind, drawn at build time from the Inter font (npm @fontsource/inter) with the project's own
 * small rasterizer and PNG encoder. No headless browser and no native image library: an image
 * takes a few milliseconds, so thousands of pages add seconds, not minutes, to a build.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import opentype from 'opentype.js';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, type ShareCard } from '../../playbook/share-card.ts';
import { fitTitle } from '../../share-image/layout.ts';
import { type Mask, type PathCommand, rasterize } from '../../share-image/raster.ts';
import { type Canvas, PngTemplate } from './png.ts';

type Rgb = readonly [number, number, number];
const BACKGROUND: Rgb = [15, 42, 74];
const INKS: Rgb[] = [
  [255, 255, 255], // title
  [201, 216, 234], // playbook name
  [124, 184, 255], // kind, and the stripe
];
const LEVELS = 16;

/** The palette: for each ink, 16 steps from the background to the ink (anti-aliasing). */
const PALETTE: Rgb[] = INKS.flatMap((ink) =>
  Array.from({ length: LEVELS }, (_, level) => {
    const t = level / (LEVELS - 1);
    return BACKGROUND.map((b, i) => Math.round(b + ((ink[i] ?? b) - b) * t)) as unknown as Rgb;
  }),
);
const TITLE_INK = 0;
const NAME_INK = 1;
const KIND_INK = 2;

const require = createRequire(import.meta.url);
const fontFile = (weight: 400 | 700) =>
  require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`);

function parseFont(file: string): opentype.Font {
  const bytes = fs.readFileSync(file);
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

let fonts: { regular: opentype.Font; bold: opentype.Font } | undefined;
function loadFonts() {
  fonts ??= { regular: parseFont(fontFile(400)), bold: parseFont(fontFile(700)) };
  return fonts;
}

/** A glyph drawn once per font, size and character: its coverage as palette levels (0–15). */
interface GlyphMask {
  mask: Mask;
  levels: Uint8Array;
  advance: number;
}
const glyphMasks = new Map<string, GlyphMask>();

/*
 * Glyphs are looked up one character at a time (charToGlyph) rather than through
 * stringToGlyphs: opentype.js cannot apply some of Inter's GSUB lookups and throws on them, and
 * a title needs no ligatures. Kerning comes from the font's kern pairs.
 */
function glyphMask(font: opentype.Font, weight: string, char: string, size: number): GlyphMask {
  const key = `${weight}:${size}:${char}`;
  let found = glyphMasks.get(key);
  if (!found) {
    const glyph = font.charToGlyph(char);
    const mask = rasterize(glyph.getPath(0, 0, size).commands as PathCommand[]);
    const levels = new Uint8Array(mask.alpha.length);
    for (let i = 0; i < levels.length; i++)
      levels[i] = Math.round(((mask.alpha[i] ?? 0) * (LEVELS - 1)) / 255);
    found = { mask, levels, advance: ((glyph.advanceWidth ?? 0) * size) / font.unitsPerEm };
    glyphMasks.set(key, found);
  }
  return found;
}

/** Pen positions of each character of `text`, and the width of the whole line. */
function layoutLine(
  font: opentype.Font,
  weight: string,
  text: string,
  size: number,
): { chars: string[]; offsets: number[]; width: number } {
  const chars = [...text];
  const glyphs = chars.map((char) => font.charToGlyph(char));
  const offsets: number[] = [];
  let pen = 0;
  chars.forEach((char, index) => {
    offsets.push(pen);
    const current = glyphs[index];
    const next = glyphs[index + 1];
    const kerning = current && next ? (font.getKerningValue(current, next) * size) / font.unitsPerEm : 0;
    pen += glyphMask(font, weight, char, size).advance + kerning;
  });
  return { chars, offsets, width: pen };
}

/** Draws `text` on `canvas` (scanlines of `STRIDE` bytes, each led by its filter byte). */
function draw(
  canvas: Canvas,
  font: opentype.Font,
  weight: string,
  text: string,
  size: number,
  x: number,
  baseline: number,
  ink: number,
): void {
  const line = layoutLine(font, weight, text, size);
  const { rows } = canvas;
  const total = rows.length;
  line.chars.forEach((char, index) => {
    const { mask, levels } = glyphMask(font, weight, char, size);
    const left = Math.round(x + (line.offsets[index] ?? 0)) + mask.left;
    const top = baseline + mask.top;
    // The part of the glyph inside the image, so the inner loop needs no bounds checks.
    const fromCol = Math.max(0, -left);
    const toCol = Math.min(mask.width, SHARE_IMAGE_WIDTH - left);
    const fromRow = Math.max(0, -top);
    const toRow = Math.min(mask.height, SHARE_IMAGE_HEIGHT - top);
    if (fromRow >= toRow || fromCol >= toCol) return;
    canvas.first = Math.min(canvas.first, top + fromRow);
    canvas.last = Math.max(canvas.last, top + toRow - 1);
    const inked = ink * LEVELS;
    let sumA = 0;
    let sumB = 0;
    for (let row = fromRow; row < toRow; row++) {
      const source = row * mask.width;
      const target = (top + row) * STRIDE + 1 + left;
      for (let col = fromCol; col < toCol; col++) {
        const level = levels[source + col] as number;
        const at = target + col;
        const old = rows[at] as number;
        // Glyphs may overlap (kerning): keep the darker coverage of the two.
        if (level > (old & (LEVELS - 1))) {
          rows[at] = inked + level;
          // What PngTemplate.put keeps, inline: this loop is the drawing's hot path.
          const change = inked + level - old;
          sumA += change;
          sumB += (total - at) * change;
        }
      }
    }
    canvas.sumA += sumA;
    canvas.sumB += sumB;
  });
}

const STRIDE = SHARE_IMAGE_WIDTH + 1;

/**
 * What every card of one playbook and kind shares, drawn and compressed once: the background, the
 * stripe, the playbook's name and the kind. Each card then draws only its title.
 */
const templates = new Map<string, PngTemplate>();

function templateFor(name: string, kind: string): PngTemplate {
  const key = `${name}\u0000${kind}`;
  let template = templates.get(key);
  if (!template) {
    const { regular, bold } = loadFonts();
    const rows = new Uint8Array(STRIDE * SHARE_IMAGE_HEIGHT);
    const canvas: Canvas = { rows, sumA: 0, sumB: 0, first: 0, last: 0 };
    // The stripe down the left edge, in the kind's ink.
    for (let y = 0; y < SHARE_IMAGE_HEIGHT; y++)
      rows.fill(KIND_INK * LEVELS + LEVELS - 1, y * STRIDE + 1, y * STRIDE + 21);
    draw(canvas, regular, 'regular', name, 36, 84, 110, NAME_INK);
    if (kind) draw(canvas, bold, 'bold', kind, 36, 84, 560, KIND_INK);
    template = new PngTemplate(SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT, PALETTE, rows);
    templates.set(key, template);
  }
  return template;
}

/** The PNG of `card` for the playbook called `name`. */
export function renderShareImage(card: ShareCard, name: string): Buffer {
  const { bold } = loadFonts();
  const template = templateFor(name, card.kind);
  const canvas = template.canvas();
  const layout = fitTitle(
    card.title,
    [76, 64, 54],
    3,
    1030,
    (t, size) => layoutLine(bold, 'bold', t, size).width,
  );
  const lineHeight = Math.round(layout.size * 1.16);
  const firstBaseline = 300 - Math.round(((layout.lines.length - 1) * lineHeight) / 2);
  layout.lines.forEach((line, i) => {
    draw(canvas, bold, 'bold', line, layout.size, 84, firstBaseline + i * lineHeight, TITLE_INK);
  });
  return template.encode(canvas);
}
