/**
 * One page of every template the demo playbook renders, as site paths without the base: what
 * the budget, phone and accessibility checks walk. `content` marks the guidance pages a reader
 * lands on from a search or a short link, which the first-view budgets apply to: `short` pages
 * (a play card, a guide) and `long` reference pages (a strategy, a business type, a source).
 */
import fs from 'node:fs';
import path from 'node:path';

const firstAccount = fs
  .readdirSync(path.resolve(import.meta.dirname, '../../content/accounts'))
  .filter((f) => f.endsWith('.json'))
  .sort()[0]
  ?.replace(/\.json$/, '');

export interface TemplatePage {
  template: string;
  path: string;
  content?: 'short' | 'long';
}

export const TEMPLATE_PAGES: TemplatePage[] = [
  { template: 'home', path: '' },
  { template: 'strategies', path: 'strategies/' },
  { template: 'strategy', path: 'strategies/conversational/', content: 'long' },
  { template: 'comparison', path: 'strategies/compare/' },
  { template: 'business types', path: 'business-types/' },
  { template: 'business type', path: 'business-types/local-trades/', content: 'long' },
  { template: 'plays', path: 'plays/' },
  { template: 'play', path: 'plays/business-bio/', content: 'short' },
  { template: 'anti-pattern', path: 'plays/tweet-every-hour/', content: 'short' },
  { template: 'guides', path: 'guides/' },
  { template: 'guide', path: 'guides/how-to-use/', content: 'short' },
  { template: 'sources', path: 'sources/' },
  { template: 'source', path: 'sources/people-over-links/', content: 'long' },
  { template: 'accounts', path: 'accounts/' },
  { template: 'account', path: `accounts/${firstAccount}/` },
  { template: 'search', path: 'search/' },
  { template: 'search facet', path: 'search/kind/play/' },
  { template: 'chooser', path: 'chooser/' },
  { template: 'chooser step', path: 'chooser/days-or-weeks/' },
  {
    template: 'chooser result',
    path: 'chooser/days-or-weeks/relationship/sometimes/few/no-leader/a-few-hours/',
  },
  { template: 'workshop', path: 'workshop/' },
  { template: 'presenter', path: 'present/play/business-bio/' },
  { template: 'not found', path: '404.html' },
];
