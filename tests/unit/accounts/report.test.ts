/** The audit as text and the list of unknowns: an unknown bio reads as unknown, never as "no". */
import { describe, expect, it } from 'vitest';
import { bioChecksText, buildAccountRecord, unknownFigures } from '../../../src/lib/accounts/record.ts';
import { formatAuditReport } from '../../../src/lib/accounts/report.ts';
import { DAY, MONDAY, post, timeline } from '../../fixtures/accounts/timeline-builders.ts';
import { DEMO_MODES } from '../../support/demo-modes.ts';

const posts = Array.from({ length: 12 }, (_, i) =>
  post({ at: MONDAY + i * DAY, text: `Fresh bread today, batch ${i}` }),
);

function recordWith(profile: Parameters<typeof timeline>[1], source: 'api' | 'archive' = 'archive') {
  return buildAccountRecord({
    timeline: { ...timeline(posts, profile), source },
    salt: 'report-test-salt-0123456789',
    businessType: 'local-hospitality',
    recommendedMode: 'hybrid',
    modes: DEMO_MODES,
    plays: [],
    label: 'Bakery account',
    illustrative: false,
  }).record;
}

describe('an account whose archive has no profile.js', () => {
  const unknown = recordWith({ bio: null, hasWebsite: null, followers: null, following: null });

  it('keeps the bio checks unknown in the record and raises no bio or website gap', () => {
    expect(unknown.profile.bio).toBeNull();
    expect(unknown.audit.gaps.map((g) => g.id)).not.toContain('bio-incomplete');
    expect(unknown.audit.gaps.map((g) => g.evidence).join(' ')).not.toMatch(/profile has no website/);
  });

  it('prints the bio row as unknown and lists what the data cannot tell', () => {
    const text = formatAuditReport(unknown, 'Local hospitality');
    expect(text).toMatch(
      /Bio: says what \/ links site \/ states objective +unknown \(the data holds no profile\)/,
    );
    expect(text).toContain('Unknown from this data (no gap is raised on an unknown)');
    expect(text).toContain('  • the bio and its website link (the archive has no profile.js)');
    expect(text).toContain('  • followers and following (archives do not hold them)');
    expect(text).not.toMatch(/no \/ no \/ no/);
  });
});

describe('an account with a known profile', () => {
  const known = recordWith({ bio: 'Bakery.', hasWebsite: false }, 'api');

  it('prints the checks as yes and no, raises the bio gaps and lists no bio among the unknowns', () => {
    expect(bioChecksText(known.profile.bio)).toBe('no / no / no');
    expect(known.audit.gaps.map((g) => g.id)).toEqual(
      expect.arrayContaining(['bio-incomplete', 'no-links-to-site']),
    );
    expect(unknownFigures(known).join('\n')).not.toMatch(/bio/);
    expect(formatAuditReport(known, 'Local hospitality')).toMatch(/states objective +no \/ no \/ no/);
  });
});
