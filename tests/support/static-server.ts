/** Serves a built site on 127.0.0.1 under its base path, with the site's 404 page for misses. */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const send = (file: string, status = 200) => {
      response.writeHead(status, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      fs.createReadStream(file).pipe(response);
    };
    if (pathname.startsWith(base)) {
      const relative = pathname.slice(base.length);
      const file = path.join(
        root,
        relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative,
      );
      if (file.startsWith(root) && fs.existsSync(file) && fs.statSync(file).isFile()) return send(file);
      if (fs.existsSync(path.join(file, 'index.html'))) {
        response.writeHead(301, { location: `${pathname}/` });
        return response.end();
      }
    }
    const notFound = path.join(root, '404.html');
    if (fs.existsSync(notFound)) return send(notFound, 404);
    response.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
