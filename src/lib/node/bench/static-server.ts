/**
 * The benchmark's web host: serves a built site on 127.0.0.1 as a real static host does, with
 * text types gzipped (level 6) when the browser accepts it, directories answered by their
 * index.html and misses by the site's 404 page. Pagefind's index files are compressed already and
 * go out as they are. (The tests' server, tests/support/static-server.ts, sends everything
 * uncompressed: bytes on the wire need the compression a host applies.)
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES } from '../files/content-types.ts';

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

export interface BenchServer {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  origin: string;
  close: () => Promise<void>;
}

export async function serveSite(root: string): Promise<BenchServer> {
  const gzipped = new Map<string, Buffer>();
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    let status = 200;
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) return void response.writeHead(301, { location: `${pathname}/` }).end();
      file = path.join(file, 'index.html');
    }
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      file = path.join(root, '404.html');
      status = 404;
      if (!fs.existsSync(file)) return void response.writeHead(404).end('not found');
    }
    const ext = path.extname(file);
    const headers: http.OutgoingHttpHeaders = {
      'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    };
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      let body = gzipped.get(file);
      if (!body) {
        body = gzipSync(fs.readFileSync(file), { level: 6 });
        gzipped.set(file, body);
      }
      response.writeHead(status, {
        ...headers,
        'content-encoding': 'gzip',
        'content-length': body.length,
        vary: 'Accept-Encoding',
      });
      return void response.end(body);
    }
    response.writeHead(status, { ...headers, 'content-length': fs.statSync(file).size });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
