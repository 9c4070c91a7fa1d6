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
import { encodeIndexedPng } from './png.ts';

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

const glyphMasks = new Map<string, { mask: Mask; advance: number }>();

/*
 * Glyphs are looked up one character at a time (charToGlyph) rather than through
 * stringToGlyphs: opentype.js cannot apply some of Inter's GSUB lookups and throws on them, and
 * a title needs no ligatures. Kerning comes from the font's kern pairs.
 */
function glyphMask(font: opentype.Font, weight: string, char: string, size: number) {
  const key = `${weight}:${size}:${char}`;
  let found = glyphMasks.get(key);
  if (!found) {
    const glyph = font.charToGlyph(char);
    const path = glyph.getPath(0, 0, size);
    found = {
      mask: rasterize(path.commands as PathCommand[]),
      advance: ((glyph.advanceWidth ?? 0) * size) / font.unitsPerEm,
    };
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

function draw(
  pixels: Uint8Array,
  font: opentype.Font,
  weight: string,
  text: string,
  size: number,
  x: number,
  baseline: number,
  ink: number,
): void {
  const line = layoutLine(font, weight, text, size);
  line.chars.forEach((char, index) => {
    const { mask } = glyphMask(font, weight, char, size);
    const left = Math.round(x + (line.offsets[index] ?? 0)) + mask.left;
    const top = baseline + mask.top;
    for (let row = 0; row < mask.height; row++) {
      const y = top + row;
      if (y < 0 || y >= SHARE_IMAGE_HEIGHT) continue;
      for (let col = 0; col < mask.width; col++) {
        const px = left + col;
        if (px < 0 || px >= SHARE_IMAGE_WIDTH) continue;
        const level = Math.round(((mask.alpha[row * mask.width + col] ?? 0) * (LEVELS - 1)) / 255);
        if (level === 0) continue;
        const at = y * SHARE_IMAGE_WIDTH + px;
        const current = (pixels[at] ?? 0) % LEVELS;
        if (level > current) pixels[at] = ink * LEVELS + level;
      }
    }
  });
}

/** The PNG of `card` for the playbook called `name`. */
export function renderShareImage(card: ShareCard, name: string): Buffer {
  const { regular, bold } = loadFonts();
  const pixels = new Uint8Array(SHARE_IMAGE_WIDTH * SHARE_IMAGE_HEIGHT);
  // The stripe down the left edge, in the kind's ink.
  for (let y = 0; y < SHARE_IMAGE_HEIGHT; y++)
    pixels.fill(KIND_INK * LEVELS + LEVELS - 1, y * SHARE_IMAGE_WIDTH, y * SHARE_IMAGE_WIDTH + 20);
  draw(pixels, regular, 'regular', name, 36, 84, 110, NAME_INK);
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
    draw(pixels, bold, 'bold', line, layout.size, 84, firstBaseline + i * lineHeight, TITLE_INK);
  });
  if (card.kind) draw(pixels, bold, 'bold', card.kind, 36, 84, 560, KIND_INK);
  return encodeIndexedPng(SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT, pixels, PALETTE);
}
