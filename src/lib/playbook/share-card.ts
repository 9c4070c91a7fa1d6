/**
 * What a page's share image (og:image) says, and where the image lives. A guidance page (a play,
 * strategy, business type, source or guide) gets its own card with its title and kind; lists,
 * example accounts, chooser steps and other pages get their section's card, so a build draws a
 * few hundred images, not one per account. The image's file name is a digest of everything drawn
 * on it: pages with the same card share one image, and a changed title makes a new URL (social
 * networks cache images by URL). Pure: BaseLayout and the image generator both use it.
 */
import { COLLECTIONS } from '../content/collections.ts';
import { cyrb53 } from '../hash.ts';

/** Bump when the drawing changes, so images get new URLs and are drawn again. */
export const SHARE_IMAGE_VERSION = 1;
export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

export interface ShareCard {
  /** The big words: the page or section title. */
  title: string;
  /** What the page is ("Play", "Business type"), under the title; empty for section cards. */
  kind: string;
}

/** Collections whose entries each get their own card, with the kind drawn under the title. */
const KIND_BY_ROUTE: Record<string, string> = {
  [COLLECTIONS.sources.route]: 'Source',
  [COLLECTIONS.modes.route]: 'Strategy',
  [COLLECTIONS.businessTypes.route]: 'Business type',
  [COLLECTIONS.plays.route]: 'Play',
  [COLLECTIONS.pages.route]: 'Guide',
};

/** Section cards, by the first segment of the site path. */
const SECTION_TITLES: Record<string, string> = {
  [COLLECTIONS.sources.route]: 'Sources',
  [COLLECTIONS.modes.route]: 'Strategies',
  [COLLECTIONS.businessTypes.route]: 'Business types',
  [COLLECTIONS.plays.route]: 'Plays',
  [COLLECTIONS.pages.route]: 'Guides',
  [COLLECTIONS.accounts.route]: 'Example accounts',
  chooser: 'Strategy chooser',
  search: 'Search the playbook',
  workshop: 'Workshop deck',
  present: 'Slides',
};

/** Pages under a collection's route that are not entries. */
const NOT_ENTRIES = new Set(['page', 'compare']);

/** The card for the page at `sitePath` (base-relative, e.g. `/plays/reply-first/`) titled `title`. */
export function shareCardFor(sitePath: string, title: string): ShareCard {
  const segments = sitePath.split('/').filter(Boolean);
  const [section = '', entry] = segments;
  const kind = KIND_BY_ROUTE[section];
  if (kind && entry && segments.length === 2 && !NOT_ENTRIES.has(entry)) return { title, kind };
  return { title: SECTION_TITLES[section] ?? title, kind: '' };
}

/** The image's site path: `/og/<digest>.png`, the digest of everything drawn on it. */
export function shareImagePath(card: ShareCard, playbookName: string): string {
  const drawn = [SHARE_IMAGE_VERSION, playbookName, card.kind, card.title].join('\u0000');
  const digest = `${cyrb53(drawn).toString(36)}${cyrb53(drawn, 1).toString(36)}`;
  return `/og/${digest}.png`;
}

/** The image's alternative text, as screen readers on social networks read it. */
export function shareImageAlt(card: ShareCard, playbookName: string): string {
  return card.kind ? `${card.kind}: ${card.title} (${playbookName})` : `${card.title} (${playbookName})`;
}
