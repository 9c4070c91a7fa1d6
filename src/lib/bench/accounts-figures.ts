/**
 * The accounts pipeline's figures for the benchmark's table, read from what
 * `npm run bench:accounts` (scripts/bench-accounts.ts) prints: one `label   1,234 ms …` line a
 * step. The benchmark runs that script as it is, so both report the same thing. Pure.
 */

export interface AccountsFigures {
  posts: number;
  /** Step label → milliseconds, in the order printed (import, anonymize, measure…, total). */
  steps: { label: string; ms: number; note?: string }[];
}

/** Reads the step lines; throws when there is no total line (the script failed or changed). */
export function parseAccountsBench(output: string): AccountsFigures {
  const steps: AccountsFigures['steps'] = [];
  let posts = 0;
  for (const line of output.split('\n')) {
    const match = /^(\S.*?)\s+([\d,]+) ms(?: \((.*)\))?\s*$/.exec(line);
    if (!match) continue;
    const label = match[1] ?? '';
    const total = /^Total for ([\d,]+) posts$/.exec(label);
    if (total) posts = Number((total[1] ?? '').replaceAll(',', ''));
    steps.push({
      label,
      ms: Number((match[2] ?? '').replaceAll(',', '')),
      ...(match[3] ? { note: match[3] } : {}),
    });
  }
  if (!posts) throw new Error(`bench:accounts printed no "Total for N posts" line:\n${output.slice(-2000)}`);
  return { posts, steps };
}

export function formatAccountsFigures(figures: AccountsFigures): string {
  return [
    `| accounts pipeline, ${figures.posts.toLocaleString('en-US')} posts | ms | |`,
    '| --- | --- | --- |',
    ...figures.steps.map((s) => `| ${s.label} | ${s.ms.toLocaleString('en-US')} | ${s.note ?? ''} |`),
  ].join('\n');
}
