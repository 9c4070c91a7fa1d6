/** The components every MDX page renders with: inline citations, links to pages and headings with section links. */
import MdxH2 from '../headings/MdxH2.astro';
import MdxH3 from '../headings/MdxH3.astro';
import Cite from './Cite.astro';
import PageLink from './PageLink.astro';

export const MDX_COMPONENTS = { Cite, PageLink, h2: MdxH2, h3: MdxH3 };
