import { describe, expect, it } from 'vitest';
import { DEMO_SALT } from '../../../src/lib/accounts/anonymize.ts';
import { ARCHETYPES } from '../../../src/lib/accounts/demo/archetypes.ts';
import { generateDemoAccount, generateDemoAccounts } from '../../../src/lib/accounts/demo/generate.ts';
import { normalizeApiTimeline } from '../../../src/lib/accounts/normalize-api.ts';
import { checkPageSet } from '../../../src/lib/accounts/page-set.ts';
import { buildAccountRecord } from '../../../src/lib/accounts/record.ts';
import { xTimelinePageSchema, xUserResponseSchema } from '../../../src/schemas/x-api.ts';
import { DEMO_MODES } from '../../support/demo-modes.ts';

describe('demo generator', () => {
  it('covers the eight archetypes the guidance describes', () => {
    expect(ARCHETYPES.map((a) => a.id)).toEqual([
      'deal-broadcasting-maker',
      'local-tradesperson',
      'b2b-seller',
      'consultant',
      'executive-answers-customers',
      'publisher-mirroring-channels',
      'automation-only',
      'follower-chaser',
    ]);
  });

  it('is deterministic: two runs give identical responses', () => {
    expect(JSON.stringify(generateDemoAccount(ARCHETYPES[1] as (typeof ARCHETYPES)[number]))).toBe(
      JSON.stringify(generateDemoAccount(ARCHETYPES[1] as (typeof ARCHETYPES)[number])),
    );
  });

  const demos = generateDemoAccounts();

  it('writes responses shaped like the X API, in whole page sets', () => {
    for (const demo of demos) {
      expect(xUserResponseSchema.safeParse(demo.user).success).toBe(true);
      for (const page of demo.pages) expect(xTimelinePageSchema.safeParse(page).success).toBe(true);
      expect(checkPageSet(demo.state, demo.pages).status).toBe('whole');
    }
  });

  it('uses only made-up handles (xpb…) and reserved .example sites', () => {
    const text = JSON.stringify(demos.map((d) => [d.user, d.pages]));
    for (const m of text.matchAll(/"(?:username)":"([^"]+)"/g)) expect(m[1]).toMatch(/^xpb/);
    for (const m of text.matchAll(/https?:\/\/([a-z0-9.-]+)/g))
      expect(m[1]).toMatch(/(\.example|^t\.co|^x\.com)$/);
  });

  it.each(demos.map((d) => [d.archetype.label, d] as const))(
    'classifies the %s as its archetype',
    (_label, demo) => {
      const timeline = normalizeApiTimeline({
        user: demo.user.data as NonNullable<typeof demo.user.data>,
        pages: demo.pages,
        fetchedAt: Date.parse(demo.state.fetchedAt),
        complete: true,
      });
      const { record } = buildAccountRecord({
        timeline,
        salt: DEMO_SALT,
        businessType: demo.archetype.businessType,
        recommendedMode: 'conversational',
        modes: DEMO_MODES,
        plays: [],
        label: demo.archetype.label,
        illustrative: true,
      });
      expect(record.classification.mode).toBe(demo.archetype.expectedMode);
    },
  );
});
