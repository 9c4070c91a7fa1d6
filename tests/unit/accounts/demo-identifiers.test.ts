/**
 * The build's leak check reads the demo accounts' identifiers from a committed file instead of
 * running the generator; these tests fail when that file no longer matches the generator.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDemoAccounts } from '../../../src/lib/accounts/demo/generate.ts';
import { demoIdentifierList } from '../../../src/lib/accounts/demo/identifiers.ts';
import { formatJson } from '../../../src/lib/accounts/json-format.ts';
import { DEMO_IDENTIFIERS_FILE } from '../../../src/lib/node/accounts/demo-identifiers.ts';

describe('the demo accounts’ committed raw identifiers', () => {
  const demos = generateDemoAccounts();
  const list = demoIdentifierList(demos);

  it('are exactly what the generator produces (rerun npm run accounts:demo if not)', () => {
    expect(fs.readFileSync(DEMO_IDENTIFIERS_FILE, 'utf8')).toBe(formatJson(list));
  });

  it('hold every account’s handle, name, user id and site, and no post id', () => {
    for (const demo of demos) {
      const user = demo.user.data as NonNullable<typeof demo.user.data>;
      expect(list.ownHandles).toContain(user.username.toLowerCase());
      expect(list.handles).toContain(user.username.toLowerCase());
      expect(list.names).toContain(user.name.toLowerCase());
      expect(list.ids).toContain(user.id);
      if (demo.archetype.site) expect(list.sites).toContain(demo.archetype.site.replace(/\/$/, ''));
      const post = demo.pages[0]?.data?.[0];
      expect(post && list.ids.includes(post.id)).toBe(false);
    }
  });

  it('hold the people the accounts mention and answer, with their user ids', () => {
    const person = demos
      .flatMap((demo) => demo.pages.flatMap((page) => page.includes?.users ?? []))
      .find((user) => user.id !== undefined);
    expect(person).toBeDefined();
    expect(list.handles).toContain(person?.username.toLowerCase());
    expect(list.ids).toContain(person?.id);
  });
});
