/**
 * Draws the share images a built site asks for: reads each page's head for its og:image and card
 * (src/lib/share-image/head.ts), draws each distinct image once, and writes it where the URL
 * points. An image's file name is a digest of what is drawn on it, so a drawn image is kept in a
 * cache folder across builds and copied, not drawn again. Files are written whole (temp, then
 * rename).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ShareCard } from '../../playbook/share-card.ts';
import { shareImageOf } from '../../share-image/head.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';
import { renderShareImage } from './render.ts';

export interface ShareImageJob {
  /** Where the image goes, relative to the output folder: `og/<digest>.png`. */
  file: string;
  name: string;
  card: ShareCard;
  /** The first page that asks for it, for messages. */
  page: string;
}

function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * One job per distinct image the pages under `outDir` ask for. `base` is the site's base path
 * (`/` or `/playbook/`): an image URL's path without it is the file's place in the output.
 * Two pages that ask for one file with different cards are an error (a digest collision).
 */
export function shareImageJobs(outDir: string, base: string): ShareImageJob[] {
  const jobs = new Map<string, ShareImageJob>();
  const prefix = base.endsWith('/') ? base : `${base}/`;
  for (const file of htmlFiles(outDir)) {
    const image = shareImageOf(fs.readFileSync(file, 'utf8'));
    if (!image) continue;
    const page = path.relative(outDir, file);
    const urlPath = decodeURIComponent(new URL(image.url).pathname);
    if (!urlPath.startsWith(prefix))
      throw new Error(`${page}: og:image ${image.url} is outside the site's base path ${prefix}.`);
    const target = urlPath.slice(prefix.length);
    const known = jobs.get(target);
    if (
      known &&
      (known.card.title !== image.card.title ||
        known.card.kind !== image.card.kind ||
        known.name !== image.name)
    )
      throw new Error(
        `${page} and ${known.page} ask for one share image (${target}) with different text: bump SHARE_IMAGE_VERSION in src/lib/playbook/share-card.ts.`,
      );
    if (!known) jobs.set(target, { file: target, name: image.name, card: image.card, page });
  }
  return [...jobs.values()];
}

export interface ShareImageResult {
  images: number;
  drawn: number;
  fromCache: number;
  bytes: number;
}

/** Writes every job's image into `outDir`, from `cacheDir` when it was drawn before. */
export function writeShareImages(
  outDir: string,
  jobs: readonly ShareImageJob[],
  cacheDir: string,
): ShareImageResult {
  let drawn = 0;
  let bytes = 0;
  for (const job of jobs) {
    const cached = path.join(cacheDir, path.basename(job.file));
    let png: Buffer;
    if (fs.existsSync(cached)) {
      png = fs.readFileSync(cached);
    } else {
      png = renderShareImage(job.card, job.name);
      writeFileAtomic(cached, png);
      drawn++;
    }
    writeFileAtomic(path.join(outDir, job.file), png);
    bytes += png.byteLength;
  }
  return { images: jobs.length, drawn, fromCache: jobs.length - drawn, bytes };
}
