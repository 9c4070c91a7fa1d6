/**
 * A deterministic, seeded synthetic playbook for the benchmark: N pages in the real mix (sources
 * split into passages, guides, plays and business types citing those passages, example
 * accounts, three modes), about 900 words a content page, all schema-valid so the real build and
 * checks run on it. The same N and seed give byte-identical files. Pure: it returns the files;
 * the benchmark script writes them. All prose is assembled from the word lists below.
 */
import type { AccountRecord } from '../../schemas/account.ts';

/** Relative path inside the content folder → file text. */
export type SyntheticFiles = Map<string, string>;

export interface SyntheticOptions {
  pages: number;
  seed?: number;
  /** A demo account record to vary for the example accounts (keeps them schema-valid). */
  accountTemplate: AccountRecord;
}

/** How the pages are shared out, in the proportions of a large real playbook. */
export const MIX = { sources: 0.4, guides: 0.3, plays: 0.15, businessTypes: 0.1, accounts: 0.05 } as const;

export interface SyntheticSummary {
  counts: Record<keyof typeof MIX, number>;
  /** A typical page of each kind, for page-weight measurements. */
  samples: { source: string; guide: string; play: string; businessType: string; account: string };
}

export type Rng = {
  next: () => number;
  int: (lo: number, hi: number) => number;
  pick: <T>(items: readonly T[]) => T;
};

function rng(seed: number): Rng {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
  };
}

const NOUNS = [
  'customer',
  'reply',
  'offer',
  'question',
  'neighbour',
  'buyer',
  'thread',
  'profile',
  'bio',
  'list',
  'deal',
  'complaint',
  'thank-you',
  'referral',
  'booking',
  'schedule',
  'routine',
  'measure',
  'search',
  'hashtag',
  'link',
  'conversation',
  'prospect',
  'partner',
  'regular',
  'review',
  'launch',
  'update',
  'answer',
  'follower',
  'team',
  'owner',
  'shop',
  'menu',
  'price',
  'order',
  'visit',
  'story',
  'habit',
];
const VERBS = [
  'answer',
  'thank',
  'follow up',
  'listen to',
  'announce',
  'schedule',
  'pin',
  'search for',
  'greet',
  'invite',
  'measure',
  'review',
  'share',
  'explain',
  'reward',
  'notice',
  'welcome',
  'name',
  'quote',
];
const ADJECTIVES = [
  'local',
  'regular',
  'public',
  'weekly',
  'short',
  'honest',
  'specific',
  'useful',
  'quiet',
  'busy',
  'loyal',
  'new',
  'early',
  'plain',
  'searchable',
  'friendly',
  'steady',
  'seasonal',
  'personal',
];
const OPENERS = [
  'In practice,',
  'Most weeks,',
  'For a small team,',
  'Early on,',
  'Over a month,',
  'As a rule,',
  'When it is busy,',
  'On a quiet day,',
  'Before a launch,',
  'After a sale,',
  'Above all,',
];
const SUBJECTS = [
  'the owner',
  'the account',
  'a seller',
  'the shop',
  'each reply',
  'a regular',
  'the team',
  'a new buyer',
  'the weekly post',
  'the pinned offer',
  'every answer',
  'a neighbour',
];
const LINKERS = ['because', 'so that', 'while', 'when', 'until', 'even if', 'since'];
const SECTIONS = [
  'Why it works',
  'What to post',
  'How to answer',
  'What to measure',
  'Common mistakes',
  'A weekly routine',
  'When to stop',
  'Who does it',
  'Getting started',
  'Where X differs today',
];
const MODES = [
  { id: 'broadcast-only', title: 'Broadcast only', stance: -0.8, from: 0 },
  { id: 'conversational', title: 'Conversational', stance: 0.8, from: 0.4 },
  { id: 'hybrid', title: 'Hybrid', stance: 0.1, from: 0.1 },
] as const;
const ATTRIBUTES = {
  salesCycle: ['none', 'short', 'medium', 'long'],
  buyersWantRelationship: ['no', 'some', 'yes'],
  audienceOnX: ['few', 'some', 'many'],
  whoRunsIt: ['marketing-team', 'owner', 'sales-people', 'leader', 'support-team'],
  hoursPerWeek: ['under-1', '1-3', '3-6', 'over-6'],
  publicQuestions: ['rarely', 'sometimes', 'often'],
  leaderVoice: ['no', 'maybe', 'yes'],
} as const;

function sentence(r: Rng): string {
  const subject = r.pick(SUBJECTS);
  const body = `${r.pick(VERBS)}s the ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} ${r.pick(LINKERS)} ${r.pick(SUBJECTS)} ${r.pick(VERBS)}s a ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)}`;
  const text = r.next() < 0.4 ? `${r.pick(OPENERS)} ${subject} ${body}` : `${subject} ${body}`;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(r: Rng, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(r)).join(' ');
}

const pad = (n: number) => String(n).padStart(5, '0');

function title(r: Rng, index: number): string {
  const words = `${r.pick(VERBS)} the ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)}`;
  // Zero-padded, so titles are as long at 5,000 pages as at 1,000 and page sizes compare fairly.
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} (${pad(index + 1)})`;
}

const yamlString = (text: string) => JSON.stringify(text);
const sourceId = (i: number) => `source-${pad(i)}`;
const guideId = (i: number) => `guide-${pad(i)}`;
const playId = (i: number) => `play-${pad(i)}`;
const typeId = (i: number) => `type-${pad(i)}`;
/** Every source pins passages p1…p10, so pages can cite them by a known id. */
const PASSAGES_PER_SOURCE = 10;

const governance = (r: Rng, citations: string[]) =>
  [
    'owner: Benchmark editor',
    'lastReviewed: 2026-11-01',
    'reviewBy: 2099-11-01',
    `cites:\n${citations.map((id) => `  - ${id}`).join('\n')}`,
    `changes:\n  - date: 2026-11-01\n    note: ${yamlString(sentence(r))}`,
  ].join('\n');

/** Passage ids spread over the sources, so "cited by" lists stay a few entries long at any size. */
function citationsFor(r: Rng, sources: number, count: number): string[] {
  return Array.from(
    { length: count },
    () => `${sourceId(r.int(0, sources - 1))}/p${r.int(1, PASSAGES_PER_SOURCE)}`,
  );
}

function sourceFile(r: Rng, i: number): string {
  const blocks: string[] = [];
  for (let p = 1; p <= PASSAGES_PER_SOURCE; p++) {
    if (p === 4 || p === 8) blocks.push(`## ${r.pick(SECTIONS)}`);
    blocks.push(
      p === 6
        ? `${Array.from({ length: 4 }, () => `- ${sentence(r)}`).join('\n')} {#p${p}}`
        : `${paragraph(r, r.int(4, 7))} {#p${p}}`,
    );
  }
  return `---
title: ${yamlString(title(r, i))}
shortTitle: ${yamlString(`Source ${i + 1}`)}
summary: ${yamlString(sentence(r))}
about: ${yamlString(sentence(r))}
era: "2013"
today:
  - ${yamlString(sentence(r))}
---

${blocks.join('\n\n')}
`;
}

function guideFile(r: Rng, i: number, sources: number): string {
  const cites = citationsFor(r, sources, 3);
  const sections = Array.from({ length: r.int(3, 5) }, () => {
    const inline = citationsFor(r, sources, 1)[0] ?? cites[0];
    return `## ${r.pick(SECTIONS)}\n\n${paragraph(r, 6)} [@${inline}]\n\n${paragraph(r, 5)}\n\n- ${sentence(r)}\n- ${sentence(r)}\n- ${sentence(r)}`;
  });
  return `---
title: ${yamlString(title(r, i))}
summary: ${yamlString(sentence(r))}
order: ${100 + i}
${governance(r, cites)}
---

${paragraph(r, 5)}

${sections.join('\n\n')}
`;
}

function playFile(r: Rng, i: number, sources: number, types: number): string {
  const anti = i % 4 === 3;
  const steps = Array.from({ length: 4 }, () => ({
    title: sentence(r).slice(0, 60),
    minutes: r.int(2, 5) * 5,
  }));
  const run = steps.reduce((sum, step) => sum + step.minutes, 0);
  const modes = [r.pick(MODES).id];
  return `---
kind: ${anti ? 'anti-pattern' : 'play'}
title: ${yamlString(title(r, i))}
summary: ${yamlString(sentence(r).slice(0, 190))}
who: the owner
people: ${r.int(1, 3)}
prepMinutes: ${r.int(0, 3) * 10}
minutesPerWeek: ${r.int(1, 6) * 15}
difficulty: ${r.pick(['easy', 'medium', 'hard'])}
needs:
  - ${yamlString(sentence(r))}
runMinutes: ${run}
steps:
${steps.map((s) => `  - title: ${yamlString(s.title)}\n    minutes: ${s.minutes}\n    detail: ${yamlString(sentence(r))}`).join('\n')}
modes:
${modes.map((m) => `  - ${m}`).join('\n')}
businessTypes:
  - ${typeId(r.int(0, types - 1))}
measures:
  - name: ${yamlString(`${r.pick(NOUNS)} count`)}
    why: ${yamlString(sentence(r))}
related:
  - ${playId(r.int(0, Math.max(0, i - 1)))}
${governance(r, citationsFor(r, sources, 2))}
---

${paragraph(r, 6)} [@${citationsFor(r, sources, 1)[0]}]

${paragraph(r, 6)}
`;
}

function businessTypeFile(r: Rng, i: number, sources: number, plays: number): string {
  const pickPlay = (anti: boolean) => {
    const base = r.int(0, Math.max(0, Math.floor(plays / 4) - 1)) * 4;
    return playId(Math.min(plays - 1, anti ? base + 3 : base + r.int(0, 2)));
  };
  const mode = r.pick(MODES).id;
  const attributes = Object.entries(ATTRIBUTES)
    .map(([name, values]) => `  ${name}: ${yamlString(r.pick(values))}`)
    .join('\n');
  return `---
title: ${yamlString(title(r, i))}
summary: ${yamlString(sentence(r))}
examples:
  - ${yamlString(`a ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} business`)}
mode: ${mode}
modeReason: ${yamlString(sentence(r))}
attributes:
${attributes}
first30Days:
  - days: "1-15"
    tasks:
      - ${yamlString(sentence(r))}
  - days: "16-30"
    tasks:
      - ${yamlString(sentence(r))}
weeklyRoutine:
  - task: ${yamlString(sentence(r).slice(0, 80))}
    minutes: ${r.int(2, 8) * 10}
plays:
  - ${pickPlay(false)}
antiPatterns:
  - ${pickPlay(true)}
measures:
  - name: ${yamlString(`${r.pick(NOUNS)} count`)}
    why: ${yamlString(sentence(r))}
${governance(r, citationsFor(r, sources, 2))}
---

${paragraph(r, 7)} [@${citationsFor(r, sources, 1)[0]}]

${paragraph(r, 7)}
`;
}

function modeFile(r: Rng, mode: (typeof MODES)[number], index: number, cite: (r: Rng) => string[]): string {
  const list = () => `\n  - ${yamlString(sentence(r))}`;
  const measure = () =>
    `\n  - name: ${yamlString(`${r.pick(NOUNS)} count`)}\n    why: ${yamlString(sentence(r))}`;
  return `---
title: ${yamlString(mode.title)}
summary: ${yamlString(sentence(r))}
order: ${index + 1}
stance: ${mode.stance}
fitsWhen:${list()}
failsWhen:${list()}
behaviourSignals:
  - signal: Share of posts that are replies
    typical: ${yamlString(sentence(r))}
weeklyRoutine:
  - task: ${yamlString(sentence(r).slice(0, 80))}
    minutes: 60
measures:${measure()}
vanityMeasures:${measure()}
risks:${list()}
accounts:
  replyShareFrom: ${mode.from}
${governance(r, cite(r))}
---

${paragraph(r, 8)}
`;
}

const pseudonym = (i: number) =>
  `bench-${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}-${(i % 65536).toString(16).padStart(4, '0')}`;

function accountFile(template: AccountRecord, i: number, types: number): string {
  const record: AccountRecord = {
    ...template,
    pseudonym: pseudonym(i),
    label: `Benchmark account ${pad(i + 1)}`,
    businessType: typeId(i % types),
    audit: { ...template.audit, recommendedMode: MODES[i % MODES.length]?.id ?? 'hybrid' },
  };
  return `${JSON.stringify(record, null, 2)}\n`;
}

/**
 * The three mode files (broadcast-only, conversational, hybrid), each citing the passages `cite`
 * picks; shared with the comparison playbook (anchor-content.ts), which has other sources.
 */
export function syntheticModes(seed: number, cite: (r: Rng) => string[]): SyntheticFiles {
  const files: SyntheticFiles = new Map();
  MODES.forEach((mode, index) => {
    files.set(`modes/${mode.id}.md`, modeFile(rng(seed * 1_000_003 + index), mode, index, cite));
  });
  return files;
}

/** How many of each kind N pages make (at least one of each). */
export function syntheticCounts(pages: number): SyntheticSummary['counts'] {
  const count = (share: number) => Math.max(1, Math.round(pages * share));
  return {
    sources: count(MIX.sources),
    guides: count(MIX.guides),
    plays: Math.max(4, count(MIX.plays)),
    businessTypes: count(MIX.businessTypes),
    accounts: count(MIX.accounts),
  };
}

export function syntheticPlaybook(options: SyntheticOptions): {
  files: SyntheticFiles;
  summary: SyntheticSummary;
} {
  const seed = options.seed ?? 1;
  const counts = syntheticCounts(options.pages);
  const files: SyntheticFiles = new Map();
  // Each file draws from its own stream, so one file never depends on how many came before.
  const streamFor = (kind: number, i: number) => rng(seed * 1_000_003 + kind * 7_919_111 + i);
  files.set(
    'playbook.config.json',
    `${JSON.stringify({ name: 'Benchmark Playbook', tagline: 'A synthetic playbook for measuring the build.', site: 'https://bench.example.org', base: '/' }, null, 2)}\n`,
  );
  for (const [file, text] of syntheticModes(seed, (r) => citationsFor(r, counts.sources, 2)))
    files.set(file, text);
  for (let i = 0; i < counts.sources; i++)
    files.set(`sources/${sourceId(i)}.md`, sourceFile(streamFor(1, i), i));
  for (let i = 0; i < counts.guides; i++)
    files.set(`pages/${guideId(i)}.md`, guideFile(streamFor(2, i), i, counts.sources));
  for (let i = 0; i < counts.plays; i++)
    files.set(`plays/${playId(i)}.md`, playFile(streamFor(3, i), i, counts.sources, counts.businessTypes));
  for (let i = 0; i < counts.businessTypes; i++)
    files.set(
      `business-types/${typeId(i)}.md`,
      businessTypeFile(streamFor(4, i), i, counts.sources, counts.plays),
    );
  for (let i = 0; i < counts.accounts; i++)
    files.set(`accounts/${i}.json`, accountFile(options.accountTemplate, i, counts.businessTypes));
  const middle = (n: number) => Math.floor(n / 2);
  return {
    files,
    summary: {
      counts,
      samples: {
        source: `/sources/${sourceId(middle(counts.sources))}/`,
        guide: `/guides/${guideId(middle(counts.guides))}/`,
        play: `/plays/${playId(middle(counts.plays) - (middle(counts.plays) % 4))}/`,
        businessType: `/business-types/${typeId(middle(counts.businessTypes))}/`,
        account: `/accounts/${pseudonym(middle(counts.accounts))}/`,
      },
    },
  };
}
