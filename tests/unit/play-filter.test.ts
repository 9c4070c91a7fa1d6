import { describe, expect, it } from 'vitest';
import { modeFilterCss, modesWithout } from '../../src/lib/playbook/play-filter.ts';

describe('filtering plays by mode without JavaScript', () => {
  it('hides cards of other modes while a mode’s target is in the URL', () => {
    const css = modeFilterCss(['hybrid']);
    expect(css).toContain(
      '#for-hybrid:target ~ * [data-modes]:not([data-modes~="hybrid"]) { display: none; }',
    );
    expect(css).toContain('#for-hybrid:target ~ * [data-filter-note="hybrid"]');
    expect(css).toContain('#for-hybrid:target ~ * [data-filter="hybrid"] { font-weight: 700; }');
  });

  it('hides the filter notes until a filter is chosen', () => {
    expect(modeFilterCss([]).split('\n')[0]).toBe(
      '[data-filter-note], [data-filter-empty] { display: none; }',
    );
  });

  it('writes one set of three rules per mode', () => {
    expect(modeFilterCss(['broadcast-only', 'conversational', 'hybrid']).split('\n')).toHaveLength(2 + 3 * 3);
  });

  it('skips ids that are not slugs, so data cannot inject CSS', () => {
    const css = modeFilterCss(['ok', 'x"] { } body { display: none', 'UPPER']);
    expect(css).toContain('#for-ok:target');
    expect(css).not.toContain('body');
    expect(css).not.toContain('UPPER');
  });

  it('names the modes none of a group’s items serve', () => {
    const items = [{ modes: ['conversational'] }, { modes: ['conversational', 'hybrid'] }];
    expect(modesWithout(['broadcast-only', 'conversational', 'hybrid'], items)).toEqual(['broadcast-only']);
    expect(modesWithout(['hybrid'], [])).toEqual(['hybrid']);
  });
});
