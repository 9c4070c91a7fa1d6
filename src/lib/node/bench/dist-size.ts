/** Sizes of a built site for the benchmark: everything, the search index, and the HTML pages. */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type DistSize, routeOf } from '../../bench/report.ts';

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

export function measureDist(distDir: string): DistSize {
  const files = walk(distDir);
  let totalBytes = 0;
  let pagefindBytes = 0;
  let htmlPages = 0;
  let largestHtml = { path: '', bytes: 0, gzipBytes: 0 };
  const largestByRoute = new Map<string, number>();
  for (const file of files) {
    const bytes = fs.statSync(file).size;
    totalBytes += bytes;
    const relative = path.relative(distDir, file).split(path.sep).join('/');
    if (relative.startsWith('pagefind/')) pagefindBytes += bytes;
    if (!relative.endsWith('.html')) continue;
    htmlPages++;
    const sitePath = `/${relative.replace(/index\.html$/, '')}`;
    const route = routeOf(`/${relative}`);
    largestByRoute.set(route, Math.max(largestByRoute.get(route) ?? 0, bytes));
    if (bytes > largestHtml.bytes) {
      largestHtml = { path: sitePath, bytes, gzipBytes: gzipSync(fs.readFileSync(file)).length };
    }
  }
  return { files: files.length, totalBytes, pagefindBytes, htmlPages, largestHtml, largestByRoute };
}
