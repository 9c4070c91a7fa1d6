import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { replyShareBands } from '../../../src/lib/accounts/mode-rules.ts';
import { activityGridChart, busiestSlots } from '../../../src/lib/charts/activity-grid.ts';
import { activityMixChart } from '../../../src/lib/charts/activity-mix.ts';
import { replyShareChart } from '../../../src/lib/charts/reply-share.ts';
import { COLORS, escapeXml } from '../../../src/lib/charts/svg.ts';
import { weeklyPostsChart } from '../../../src/lib/charts/weekly-posts.ts';
import { DEMO_MODES } from '../../support/demo-modes.ts';

const BANDS = replyShareBands(DEMO_MODES);

/** Every opened element is closed, in order: enough to catch broken markup. */
function balanced(svg: string): boolean {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = m;
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else stack.push(name ?? '');
  }
  return stack.length === 0;
}

const grid = Array.from({ length: 7 }, (_, day) =>
  Array.from({ length: 24 }, (_, hour) =>
    day === 2 && hour === 9 ? 0.5 : day === 4 && hour === 17 ? 0.3 : day === 0 && hour === 8 ? 0.2 : 0,
  ),
);

describe('account charts', () => {
  it('are well-formed, labelled SVG with a title and a description in words', () => {
    const charts = [
      activityMixChart({ original: 0.5, reply: 0.3, repost: 0.15, quote: 0.05 }),
      replyShareChart(0.23, BANDS),
      activityGridChart(grid),
      weeklyPostsChart([
        { week: '2026-W01', posts: 4 },
        { week: '2026-W02', posts: 0 },
        { week: '2026-W03', posts: 9 },
      ]),
    ];
    for (const svg of charts) {
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg).toMatch(/role="img" aria-labelledby="[\w-]+-title [\w-]+-desc"/);
      expect(svg).toMatch(/<title id="[\w-]+-title">[^<]+<\/title><desc id="[\w-]+-desc">[^<]+<\/desc>/);
      expect(balanced(svg)).toBe(true);
      expect(svg).not.toMatch(/<script|NaN|undefined/);
    }
  });

  it('draw the activity mix as shares of one bar and say them', () => {
    const svg = activityMixChart({ original: 0.5, reply: 0.3, repost: 0.15, quote: 0.05 });
    expect(svg).toContain('Share of posts by kind: own posts 50%, quotes 5%, replies 30%, reposts 15%.');
    expect(svg).toContain('width="280"'); // half of 560 for own posts
  });

  it('place the reply-share marker on the scale and name its band', () => {
    const svg = replyShareChart(0.25, BANDS);
    expect(svg).toContain('x1="145" x2="145"'); // 10 + 0.25 × 540
    expect(svg).toContain(
      '25% of posts reply to other people, in the hybrid band (broadcast-only under 10%, hybrid 10–40%, conversational from 40%).',
    );
    expect(replyShareChart(0.02, BANDS)).toContain('in the broadcast-only band');
    expect(replyShareChart(0.6, BANDS)).toContain('in the conversational band');
  });

  it('shade the busiest weekday-hour cells and list them', () => {
    expect(busiestSlots(grid)).toEqual(['Wednesday 09:00 (50%)', 'Friday 17:00 (30%)', 'Monday 08:00 (20%)']);
    const svg = activityGridChart(grid);
    expect(svg.match(/opacity="1"/g)).toHaveLength(1);
    expect(svg.match(/<rect /g)).toHaveLength(168 + 3);
  });

  it('counts silent weeks in the weekly chart', () => {
    expect(
      weeklyPostsChart([
        { week: '2026-W01', posts: 4 },
        { week: '2026-W02', posts: 0 },
      ]),
    ).toContain('1 silent week.');
  });

  it('colour by class and presentation attribute, never by style attribute (the CSP blocks those)', () => {
    const charts = [
      activityMixChart({ original: 0.5, reply: 0.3, repost: 0.15, quote: 0.05 }),
      replyShareChart(0.23, BANDS),
      activityGridChart(grid),
      weeklyPostsChart([{ week: '2026-W01', posts: 4 }]),
    ].join('');
    expect(charts).not.toMatch(/\sstyle=/);
    expect(charts).toContain(
      `<rect x="0" y="52" width="12" height="12" fill="${COLORS.broadcast}" class="fill-broadcast"/>`,
    );
    // Every colour class a chart uses is themed by the component that shows the charts.
    const css = fs.readFileSync(
      path.resolve(import.meta.dirname, '../../../src/components/accounts/AccountChart.astro'),
      'utf8',
    );
    const used = new Set([...charts.matchAll(/class="([^"]+)"/g)].flatMap((m) => (m[1] ?? '').split(' ')));
    used.delete('account-chart');
    expect(used.size).toBeGreaterThan(5);
    for (const name of used)
      expect(css, name).toMatch(new RegExp(`:global\\(\\.${name}\\) \\{ (fill|stroke): var\\(--`));
  });

  it('escape text for XML', () => {
    expect(escapeXml('<a & "b">')).toBe('&lt;a &amp; &quot;b&quot;&gt;');
  });
});
