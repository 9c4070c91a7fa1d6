import { describe, expect, it } from 'vitest';
import { exampleAccountsFor } from '../../src/lib/playbook/example-accounts.ts';

describe('example accounts of a business type', () => {
  it('gives none when there are no accounts yet', () => {
    expect(exampleAccountsFor([], 'local-trades')).toEqual([]);
  });

  it('keeps the accounts of the business type, sorted by label, and falls back to the pseudonym', () => {
    const entries = [
      { data: { pseudonym: 'amber-heron-3f9a', businessType: 'local-trades', label: 'Plumber who talks' } },
      { data: { pseudonym: 'cobalt-fox-12ab', businessType: 'niche-product-maker', label: 'Deal feed' } },
      {
        data: {
          pseudonym: 'birch-wren-0c0c',
          businessType: 'local-trades',
          label: 'Electrician on a schedule',
        },
      },
      { data: { pseudonym: 'dusk-owl-9999', businessType: 'local-trades' } },
    ];
    expect(exampleAccountsFor(entries, 'local-trades')).toEqual([
      { pseudonym: 'dusk-owl-9999', label: 'dusk-owl-9999' },
      { pseudonym: 'birch-wren-0c0c', label: 'Electrician on a schedule' },
      { pseudonym: 'amber-heron-3f9a', label: 'Plumber who talks' },
    ]);
  });

  it('ignores entries that do not look like accounts', () => {
    const entries = [
      { data: null },
      { data: 'text' },
      { data: { pseudonym: 7, businessType: 'local-trades' } },
      { data: { businessType: 'local-trades' } },
    ];
    expect(exampleAccountsFor(entries, 'local-trades')).toEqual([]);
  });
});
