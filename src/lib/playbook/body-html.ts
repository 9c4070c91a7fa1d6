/**
 * What a page body needs from the rest of the playbook, for bodies written in Markdown: each
 * `[@source/passage]` becomes the same citation link MDX's `<Cite>` draws, and each link to a site
 * path (`[the card](/plays/choose-your-mode/)`) gets the deploy base and must lead to a page of the
 * playbook, as `<PageLink>` checks. Done on the HTML Astro rendered from the Markdown, when the
 * page is built, so a citation always shows its source as it is now. Code (`<code>`, `<pre>`) is
 * left alone. Pure.
 *
 * Why Markdown bodies at all: every MDX file is compiled into a module of the site's bundle; a
 * Markdown body is rendered once as HTML. Measured on the 5,000-page benchmark playbook, writing
 * guides, plays and business types as `.md` takes the bundle and render from 42 s to 25 s.
 */

import { passageExcerpt } from '../content/excerpt.ts';
import { escapeHtml } from '../content/inline-markdown.ts';
import { isLinkablePath, passagePath } from './routes.ts';
import type { PassageWithSource } from './site-index.ts';

/** The citation link of one passage: `(Short title, ¶ 3)`, its excerpt as the tooltip. */
export function citationHtml(id: string, found: PassageWithSource, href: (path: string) => string): string {
  const title = `${found.sourceTitle}: ${passageExcerpt(found.passage, 160)}`;
  return (
    `<a class="cite" data-pagefind-ignore href="${escapeHtml(href(passagePath(id)))}" title="${escapeHtml(title)}">` +
    `(<cite>${escapeHtml(found.sourceShortTitle)}</cite>, ¶&nbsp;${found.passage.ordinal})</a>`
  );
}

export interface BodyContext {
  /** Where the body comes from, for messages (a file or page path). */
  page: string;
  passages: ReadonlyMap<string, PassageWithSource>;
  /** Site paths of the playbook's pages (anything `isLinkablePath` accepts). */
  pagePaths: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  /** A site path with the deploy base. */
  href: (path: string) => string;
}

/** `[@a/b]` as rendered in HTML text (Markdown leaves it as text). */
const CITE_TEXT = /\[@([^\]\s/<]+\/[^\]\s<]+)\]/g;
/** Code elements, left as written. */
const CODE = /<(pre|code)\b[\s\S]*?<\/\1>/g;
/** A site-absolute URL in a link or image (not `//host/…`). */
const SITE_URL = /(<(?:a|img)\b[^>]*?\s(?:href|src)=")(\/(?!\/)[^"]*)"/g;

export function linkMarkdownBody(html: string, context: BodyContext): string {
  let out = '';
  let last = 0;
  for (const code of html.matchAll(CODE)) {
    out += linkProse(html.slice(last, code.index), context) + code[0];
    last = code.index + code[0].length;
  }
  return out + linkProse(html.slice(last), context);
}

function linkProse(html: string, context: BodyContext): string {
  return html
    .replace(SITE_URL, (_, start: string, url: string) => {
      const path = url.split(/[?#]/)[0] ?? url;
      if (start.startsWith('<a') && !isLinkablePath(path, context.pagePaths))
        throw new Error(
          `${context.page}: the link to ${url} leads to no page of the playbook. Use the path of a mode, business type, play, guide, source or tool, such as /plays/<id>/ or /workshop/.`,
        );
      return `${start}${context.href(url)}"`;
    })
    .replace(CITE_TEXT, (_, id: string) => {
      const found = context.passages.get(id);
      // The integrity check reports this first with file and line; this guards pages built another way.
      if (!found)
        throw new Error(
          `${context.page}: [@${id}] cites a passage that does not exist. Check the id on its source page.`,
        );
      return citationHtml(id, found, context.href);
    });
}
