/**
 * A static redirect that works on any host, offline and without JavaScript: an immediate refresh
 * to the page, with the page as canonical. A short link (`/p/<id>/`) simply opens its page; an old
 * path says the page has moved, so people update their bookmarks. Link previews do not follow the
 * refresh, so a pasted short link shows its page's card.
 *
 * A string, not an Astro layout: a playbook has one short link per page, and writing them after
 * the render (src/integrations/short-links.ts) costs a fraction of rendering each through Astro
 * (0.9 ms a page, 4.5 s of a 5,000-page build). src/layouts/Redirect.astro renders the same
 * string for the few old paths. Pure.
 */
import { escapeHtml } from '../content/inline-markdown.ts';
import { withBase } from './routes.ts';
import { absoluteUrl, type SiteFacts, shareMetaTags } from './share-meta.ts';

export interface RedirectInput {
  /** Base-relative site path to send the reader to. */
  to: string;
  title: string;
  /** `short-link`: a permanent short link; `moved`: an old path of a renamed page. */
  reason: 'short-link' | 'moved';
}

export function redirectPageHtml({ to, title, reason }: RedirectInput, site: SiteFacts): string {
  const target = escapeHtml(withBase(site.base, to));
  const name = escapeHtml(title);
  const body =
    reason === 'moved'
      ? `<p>This page has moved to <a href="${target}">${name}</a>. Please update your bookmark.</p>`
      : `<p><a href="${target}">${name}</a></p>`;
  return (
    `<!DOCTYPE html><html lang="${escapeHtml(site.lang)}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${name} · ${escapeHtml(site.name)}</title><meta name="robots" content="noindex">` +
    `<meta http-equiv="refresh" content="0; url=${target}">` +
    `<link rel="canonical" href="${escapeHtml(absoluteUrl(to, site))}">` +
    shareMetaTags({ path: to, title }, site) +
    `</head><body><main>${body}</main></body></html>`
  );
}
