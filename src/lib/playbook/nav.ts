/** The main navigation: a section appears only when the playbook has content for it (search has its own link). Pure. */
import { accountsIndexPath, chooserPath, indexPath, sourcesIndexPath } from './routes.ts';

export interface NavLink {
  path: string;
  label: string;
}

/** How many entries each collection holds. */
export interface NavCounts {
  modes: number;
  businessTypes: number;
  plays: number;
  sources: number;
  accounts: number;
}

export function navLinks(counts: NavCounts): NavLink[] {
  const links: (NavLink | false)[] = [
    counts.businessTypes > 0 && counts.modes > 0 && { path: chooserPath(), label: 'Chooser' },
    counts.modes > 0 && { path: indexPath('modes'), label: 'Strategies' },
    counts.businessTypes > 0 && { path: indexPath('businessTypes'), label: 'Business types' },
    counts.plays > 0 && { path: indexPath('plays'), label: 'Plays' },
    counts.accounts > 0 && { path: accountsIndexPath(), label: 'Accounts' },
    counts.sources > 0 && { path: sourcesIndexPath(), label: 'Sources' },
  ];
  return links.filter((link): link is NavLink => link !== false);
}
