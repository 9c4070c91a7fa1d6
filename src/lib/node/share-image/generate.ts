/**
 * The files a page is shared with, made after the pages are written: the share image each page's
 * head asks for (src/lib/share-image/head.ts) and the QR code of each short link (`p/<id>/qr.svg`).
 * Each distinct file is made once. A file's name (or, for a QR code, its URL) says everything
 * drawn on it, so a drawn file is kept in a cache folder across builds and linked or copied from
 * there, not drawn again; src/lib/node/share-image/prewarm.ts fills that cache while the pages
 * render. Cached files are written whole (temp, then rename).
 */
import fs from 'node:fs';
import path from 'node:path';
import { shortHash } from '../../hash.ts';
import { type ShareCard, shareImagePath } from '../../playbook/share-card.ts';
import { shortLink } from '../../playbook/short-links.ts';
import { shareImageOf } from '../../share-image/head.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';
import { qrCodeSvg } from '../qr-code.ts';
import { renderShareImage } from './render.ts';

export type ShareFileJob =
  | {
      kind: 'image';
      /** Where the image goes, relative to the output folder: `og/<digest>.png`. */
      file: string;
      name: string;
      card: ShareCard;
      /** The first page that asks for it, for messages. */
      page: string;
    }
  | {
      kind: 'qr';
      /** `p/<id>/qr.svg`. */
      file: string;
      /** The short link the code holds. */
      url: string;
      /** How the link reads on a handout. */
      display: string;
    };

/** A page's head is in its first few kilobytes; the rest is read only when it is not. */
const HEAD_BYTES = 16 * 1024;

function readHead(file: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const read = fs.readSync(fd, buffer, 0, HEAD_BYTES, 0);
    const text = buffer.toString('utf8', 0, read);
    return read < HEAD_BYTES || text.includes('</head>') ? text : fs.readFileSync(file, 'utf8');
  } finally {
    fs.closeSync(fd);
  }
}

function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * One job per distinct share image the pages under `outDir` ask for. `base` is the site's base
 * path (`/` or `/playbook/`): an image URL's path without it is the file's place in the output.
 * Two pages that ask for one file with different cards are an error (a digest collision).
 */
export function shareImageJobs(outDir: string, base: string): ShareFileJob[] {
  const jobs = new Map<string, Extract<ShareFileJob, { kind: 'image' }>>();
  const prefix = base.endsWith('/') ? base : `${base}/`;
  for (const file of htmlFiles(outDir)) {
    const image = shareImageOf(readHead(file));
    if (!image) continue;
    const page = path.relative(outDir, file);
    const urlPath = decodeURIComponent(new URL(image.url).pathname);
    if (!urlPath.startsWith(prefix))
      throw new Error(`${page}: og:image ${image.url} is outside the site's base path ${prefix}.`);
    const target = urlPath.slice(prefix.length);
    if (`/${target}` !== shareImagePath(image.card, image.name))
      throw new Error(
        `${page}: og:image ${image.url} is not the image of its card (${image.card.kind}: ${image.card.title}).`,
      );
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
    if (!known) jobs.set(target, { kind: 'image', file: target, name: image.name, card: image.card, page });
  }
  return [...jobs.values()];
}

/** One job per short link page (`p/<id>/index.html`): its QR code beside it. */
export function qrCodeJobs(outDir: string, site: string, base: string): ShareFileJob[] {
  const shortLinks = path.join(outDir, 'p');
  if (!fs.existsSync(shortLinks)) return [];
  return fs
    .readdirSync(shortLinks, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(shortLinks, entry.name, 'index.html')))
    .map((entry) => {
      const link = shortLink(entry.name, site, base);
      return { kind: 'qr', file: `p/${entry.name}/qr.svg`, url: link.url, display: link.display };
    });
}

export interface ShareFileResult {
  images: number;
  qrCodes: number;
  drawn: number;
  fromCache: number;
  bytes: number;
}

export function emptyResult(): ShareFileResult {
  return { images: 0, qrCodes: 0, drawn: 0, fromCache: 0, bytes: 0 };
}

/** Where a job's file is kept between builds: named by what it holds. */
function cacheName(job: ShareFileJob): string {
  return job.kind === 'image' ? path.basename(job.file) : `qr-${shortHash(job.url, 12)}.svg`;
}

async function draw(job: ShareFileJob): Promise<Buffer> {
  if (job.kind === 'image') return renderShareImage(job.card, job.name);
  return Buffer.from(await qrCodeSvg(job.url, `QR code of ${job.display}`));
}

/**
 * Puts `cached` at `target`: a hard link where the file system allows, else a copy. No temp file
 * and rename: the output is a staging folder that reaches dist/ only whole (safe builds).
 */
function place(cached: string, target: string, folders: Set<string>): void {
  const folder = path.dirname(target);
  if (!folders.has(folder)) {
    fs.mkdirSync(folder, { recursive: true });
    folders.add(folder);
  }
  try {
    fs.linkSync(cached, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      fs.rmSync(target);
      place(cached, target, folders);
    } else fs.copyFileSync(cached, target);
  }
}

/** The job's file in `cacheDir`, drawn (and written whole) only when no earlier build made it. */
export async function ensureCached(
  job: ShareFileJob,
  cacheDir: string,
): Promise<{ cached: string; drawn: boolean }> {
  const cached = path.join(cacheDir, cacheName(job));
  if (fs.existsSync(cached)) return { cached, drawn: false };
  writeFileAtomic(cached, await draw(job));
  return { cached, drawn: true };
}

/** Makes every job's file in `outDir`, from `cacheDir` when it was made before. */
export async function writeShareFiles(
  outDir: string,
  jobs: readonly ShareFileJob[],
  cacheDir: string,
): Promise<ShareFileResult> {
  const result = emptyResult();
  fs.mkdirSync(cacheDir, { recursive: true });
  const folders = new Set<string>();
  for (const job of jobs) {
    const { cached, drawn } = await ensureCached(job, cacheDir);
    if (drawn) result.drawn++;
    else result.fromCache++;
    place(cached, path.join(outDir, job.file), folders);
    result.bytes += fs.statSync(cached).size;
    if (job.kind === 'image') result.images++;
    else result.qrCodes++;
  }
  return result;
}
