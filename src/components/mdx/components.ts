/**
 * The components every MDX page renders with: inline citations and links to pages. Headings get
 * their section links from the Markdown processor (src/lib/node/content/heading-links.ts), as in `.md`.
 */
import Cite from './Cite.astro';
import PageLink from './PageLink.astro';

export const MDX_COMPONENTS = { Cite, PageLink };
