import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, it } from 'vitest';
import { expectAccessible, useDemoSite } from '../support/demo-site.ts';

const site = useDemoSite();
let page: Page;
beforeAll(async () => {
  page = await site.browser.newPage();
});

const firstAccount = fs
  .readdirSync(path.resolve(import.meta.dirname, '../../content/accounts'))
  .filter((f) => f.endsWith('.json'))
  .sort()[0]
  ?.replace(/\.json$/, '');

/** One page of every kind the playbook renders. */
const PAGES = [
  '',
  'strategies/',
  'strategies/conversational/',
  'strategies/compare/',
  'business-types/',
  'business-types/niche-product-maker/',
  'plays/',
  'plays/daily-three-conversations/',
  'plays/chasing-follower-counts/',
  'plays/tweet-every-hour/',
  'plays/drive-to-own-site/',
  'guides/how-to-use/',
  'sources/seminal-moment-broadcast-client/',
  `accounts/${firstAccount}/`,
  'workshop/',
  'chooser/days-or-weeks/relationship/sometimes/few/no-leader/a-few-hours/',
];

describe('every kind of page passes axe', () => {
  for (const path of PAGES) {
    it(`/${path} in light mode`, async () => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${site.url}${path}`);
      await expectAccessible(page, site);
    });
  }

  for (const path of [
    '',
    'plays/daily-three-conversations/',
    `accounts/${firstAccount}/`,
    'strategies/compare/',
    'workshop/?plays=business-bio',
    'chooser/days-or-weeks/relationship/sometimes/few/no-leader/a-few-hours/',
    'business-types/local-trades/#qr-code',
  ]) {
    it(`/${path} in dark mode`, async () => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`${site.url}${path}`);
      await expectAccessible(page, site);
    });
  }
});
