/**
 * Serves a built site on 127.0.0.1 under its base path, with the site's 404 page for misses and,
 * as Netlify or Cloudflare Pages would, the headers its `_headers` file sets (the
 * Content-Security-Policy): pass `{ headersFile: false }` for a host that ignores the file.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CONTENT_TYPES } from '../../src/lib/node/files/content-types.ts';

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** A rule of a `_headers` file: a path pattern (`*` matches anything) and the headers it sets. */
interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** Reads `_headers` in the Netlify / Cloudflare Pages format: a path line, then indented `Name: value` lines. */
export function readHeadersFile(file: string): HeaderRule[] {
  if (!fs.existsSync(file)) return [];
  const rules: HeaderRule[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replaceAll('*', '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

export async function serveStatic(
  root: string,
  base = '/',
  { headersFile = true } = {},
): Promise<StaticServer> {
  const rules = headersFile ? readHeadersFile(path.join(root, '_headers')) : [];
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    for (const rule of rules)
      if (rule.pattern.test(pathname))
        for (const [name, value] of rule.headers) response.setHeader(name, value);
    const send = (file: string, status = 200) => {
      response.writeHead(status, {
        'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      });
      fs.createReadStream(file).pipe(response);
    };
    if (pathname.startsWith(base)) {
      const relative = pathname.slice(base.length);
      const file = path.join(
        root,
        relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative,
      );
      // Hosts read `_headers` but never serve it.
      const served = relative !== '_headers' && file.startsWith(root);
      if (served && fs.existsSync(file) && fs.statSync(file).isFile()) return send(file);
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
