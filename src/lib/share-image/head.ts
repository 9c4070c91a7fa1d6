/**
 * Reading a built page's share card back from its head (src/components/ShareMeta.astro writes
 * it): the og:image URL, the playbook name and the card carried by og:image:alt's data
 * attributes. Pure, so it is tested on strings.
 */
import { decodeEntities } from '../html-entities.ts';
import type { ShareCard } from '../playbook/share-card.ts';

export interface PageShareImage {
  /** The og:image URL as written (absolute). */
  url: string;
  /** The playbook's name, drawn at the top. */
  name: string;
  card: ShareCard;
}

/** `name="value"` pairs of one tag; Astro always quotes attribute values with double quotes. */
function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:-]+)="([^"]*)"|([\w:-]+)(?=[\s/>])/g)) {
    if (match[1]) found.set(match[1].toLowerCase(), decodeEntities(match[2] ?? ''));
    else if (match[3]) found.set(match[3].toLowerCase(), '');
  }
  return found;
}

/** The share image a page asks for, or undefined when its head has none. */
export function shareImageOf(html: string): PageShareImage | undefined {
  const end = html.indexOf('</head>');
  const head = end === -1 ? html : html.slice(0, end);
  const metas = [...head.matchAll(/<meta\s[^>]*>/g)].map((m) => attributes(m[0]));
  const property = (name: string) => metas.find((a) => a.get('property') === name);
  const url = property('og:image')?.get('content');
  const alt = property('og:image:alt');
  const title = alt?.get('data-share-title');
  if (!url || title === undefined) return undefined;
  return {
    url,
    name: property('og:site_name')?.get('content') ?? '',
    card: { title, kind: alt?.get('data-share-kind') ?? '' },
  };
}
