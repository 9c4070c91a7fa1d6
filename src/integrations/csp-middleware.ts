/**
 * Middleware the policy integration adds to builds (csp.ts, beside this file): each HTML page gets
 * its Content-Security-Policy `<meta>` as it is rendered, before Astro writes it, instead of being
 * read back and written again once every page is out. Thin: what goes in is decided by the
 * build's `PagePolicy`, through `renderPolicy()`; without one (no build running) pages pass as
 * they are.
 */
import { defineMiddleware } from 'astro:middleware';
import { renderPolicy } from '../lib/node/csp/render-policy.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const put = renderPolicy();
  if (!put || !response.body || !response.headers.get('content-type')?.startsWith('text/html'))
    return response;
  const html = put(await response.text(), context.url.pathname);
  return new Response(html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
