/**
 * Open Graph and X card tags: what a link to a page shows when pasted into X, a chat or a slide
 * tool. The image is drawn after the build (src/integrations/share-files.ts) from the card
 * carried in the data attributes of og:image:alt. One function for the pages Astro renders
 * (src/components/ShareMeta.astro) and the short links written without it
 * (src/lib/node/short-links/write-short-links.ts). Pure.
 */
import { escapeHtml } from '../content/inline-markdown.ts';
import { withBase } from './routes.ts';
import {
  SHARE_IMAGE_HEIGHT,
  SHARE_IMAGE_WIDTH,
  type ShareCard,
  shareCardFor,
  shareImageAlt,
  shareImagePath,
} from './share-card.ts';

/** What every page of one build shares. */
export interface SiteFacts {
  /** The playbook's name, drawn on every card. */
  name: string;
  lang: string;
  /** The site's origin, as `site` in astro.config.mjs. */
  site: string;
  /** The deploy base (`/` or `/playbook/`). */
  base: string;
}

export interface ShareMetaInput {
  /** Base-relative site path of the page the tags describe. */
  path: string;
  title: string;
  description?: string | undefined;
  /** Overrides the card the path would get. */
  card?: ShareCard | undefined;
  /** Give og:url: not for pages without a canonical address (404, chooser steps, slides). */
  url?: boolean | undefined;
}

/** An absolute URL of a site path, with the base. */
export function absoluteUrl(sitePath: string, site: SiteFacts): string {
  return new URL(withBase(site.base, sitePath), site.site).href;
}

const meta = (attributes: [string, string][]): string =>
  `<meta ${attributes.map(([name, value]) => `${name}="${escapeHtml(value)}"`).join(' ')}>`;

export function shareMetaTags(input: ShareMetaInput, site: SiteFacts): string {
  const card = input.card ?? shareCardFor(input.path, input.title);
  return [
    meta([
      ['property', 'og:type'],
      ['content', input.path === '/' ? 'website' : 'article'],
    ]),
    meta([
      ['property', 'og:site_name'],
      ['content', site.name],
    ]),
    meta([
      ['property', 'og:title'],
      ['content', input.title],
    ]),
    input.description
      ? meta([
          ['property', 'og:description'],
          ['content', input.description],
        ])
      : '',
    input.url !== false
      ? meta([
          ['property', 'og:url'],
          ['content', absoluteUrl(input.path, site)],
        ])
      : '',
    meta([
      ['property', 'og:image'],
      ['content', absoluteUrl(shareImagePath(card, site.name), site)],
    ]),
    meta([
      ['property', 'og:image:width'],
      ['content', String(SHARE_IMAGE_WIDTH)],
    ]),
    meta([
      ['property', 'og:image:height'],
      ['content', String(SHARE_IMAGE_HEIGHT)],
    ]),
    meta([
      ['property', 'og:image:alt'],
      ['content', shareImageAlt(card, site.name)],
      ['data-share-title', card.title],
      ['data-share-kind', card.kind],
    ]),
    meta([
      ['name', 'twitter:card'],
      ['content', 'summary_large_image'],
    ]),
  ].join('');
}
