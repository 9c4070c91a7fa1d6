import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLeaks, formatLeaks } from '../../src/lib/node/accounts/leak-check.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import { demoSiteBuilt } from '../support/demo-build.ts';

describe('the built demo playbook', () => {
  it('holds no identifier from data/raw or the demo accounts’ raw data', async () => {
    const site = await demoSiteBuilt();
    expect(fs.existsSync(path.join(site.outDir, 'accounts/index.html'))).toBe(true);
    const leaks = findLeaks(site.outDir, path.join(PROJECT_ROOT, 'data/raw'));
    expect(leaks, formatLeaks(leaks)).toEqual([]);
  });
});
