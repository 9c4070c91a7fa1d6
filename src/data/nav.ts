/** Main navigation: a section appears only when the playbook has content for it. */
import { getCollection } from 'astro:content';

export interface NavLink {
  path: string;
  label: string;
}

export async function getNavLinks(): Promise<NavLink[]> {
  const [modes, businessTypes, plays, sources] = await Promise.all([
    getCollection('modes'),
    getCollection('businessTypes'),
    getCollection('plays'),
    getCollection('sources'),
  ]);
  const links: (NavLink | false)[] = [
    businessTypes.length > 0 && modes.length > 0 && { path: '/chooser/', label: 'Chooser' },
    modes.length > 0 && { path: '/strategies/', label: 'Strategies' },
    businessTypes.length > 0 && { path: '/business-types/', label: 'Business types' },
    plays.length > 0 && { path: '/plays/', label: 'Plays' },
    sources.length > 0 && { path: '/sources/', label: 'Sources' },
    { path: '/search/', label: 'Search' },
  ];
  return links.filter((link): link is NavLink => link !== false);
}
