/** The components every MDX page renders with: inline citations and headings with section links. */
import MdxH2 from '../headings/MdxH2.astro';
import MdxH3 from '../headings/MdxH3.astro';
import Cite from './Cite.astro';

export const MDX_COMPONENTS = { Cite, h2: MdxH2, h3: MdxH3 };
