/**
 * The comparison playbook: the pages the anchor sites build (../shared/bench/gen-content.mjs),
 * turned into an x-playbook content folder, so x-playbook and the anchors build the same words.
 * As in the issue's reference measurement, the first half become sources and the second half
 * guides; links between generated pages are pointed at their new addresses; three modes make the
 * playbook whole. Pure: it takes the generated files' text and returns the content files.
 */
import { type SyntheticFiles, syntheticModes } from './synthetic-playbook.ts';

/** One page written by gen-content.mjs: its file name without extension, and its text. */
export interface AnchorPage {
  slug: string;
  text: string;
}

interface ParsedPage {
  slug: string;
  title: string;
  description: string;
  businessType: string;
  mode: string;
  body: string;
}

/** The frontmatter gen-content.mjs writes: `key: "json string"` or `key: bare-word`, one a line. */
export function parseAnchorPage(page: AnchorPage): ParsedPage {
  const match = /^---\n([\s\S]*?)\n---\n\n?([\s\S]*)$/.exec(page.text);
  if (!match) throw new Error(`${page.slug}: no frontmatter block`);
  const fields = new Map<string, string>();
  for (const line of (match[1] ?? '').split('\n')) {
    const field = /^(\w+): (.*)$/.exec(line);
    if (!field) continue;
    const value = field[2] ?? '';
    fields.set(field[1] ?? '', value.startsWith('"') ? (JSON.parse(value) as string) : value);
  }
  const get = (name: string) => {
    const value = fields.get(name);
    if (value === undefined) throw new Error(`${page.slug}: no ${name} in the frontmatter`);
    return value;
  };
  return {
    slug: page.slug,
    title: get('title'),
    description: get('description'),
    businessType: get('businessType'),
    mode: get('mode'),
    body: match[2] ?? '',
  };
}

/** Which pages become sources: the first half, by slug order (slugs start with the page number). */
export function sourceSlugs(slugs: readonly string[]): Set<string> {
  const sorted = [...slugs].sort();
  return new Set(sorted.slice(0, Math.ceil(sorted.length / 2)));
}

/** Links to `/<subdir>/<slug>/` pointed at the page's x-playbook address. */
export function relink(body: string, sources: ReadonlySet<string>, subdir = 'playbook'): string {
  return body.replace(new RegExp(`\\]\\(/${subdir}/([^/)]+)/\\)`, 'g'), (_all, slug: string) =>
    sources.has(slug) ? `](/sources/${slug}/)` : `](/guides/${slug}/)`,
  );
}

/** The first paragraph of a source gets a pinned id, so the modes can cite a passage that exists. */
function pinFirstParagraph(body: string): string {
  const end = body.indexOf('\n\n');
  return end === -1 ? `${body.trimEnd()} {#p1}\n` : `${body.slice(0, end)} {#p1}${body.slice(end)}`;
}

const yamlString = (text: string) => JSON.stringify(text);

export interface AnchorPlaybookOptions {
  seed?: number;
  /** Text of the playbook's synonyms file, shipped as a real playbook would ship it. */
  synonymsYaml?: string;
}

/** An x-playbook content folder holding exactly the generated pages' words, half sources, half guides. */
export function playbookFromAnchorPages(
  pages: readonly AnchorPage[],
  options: AnchorPlaybookOptions = {},
): { files: SyntheticFiles; sources: number; guides: number; sample: { source: string; guide: string } } {
  const parsed = pages.map(parseAnchorPage).sort((a, b) => a.slug.localeCompare(b.slug));
  const sources = sourceSlugs(parsed.map((p) => p.slug));
  const files: SyntheticFiles = new Map();
  files.set(
    'playbook.config.json',
    `${JSON.stringify({ name: 'Benchmark Playbook', tagline: 'The anchor sites’ text as a playbook.', site: 'https://bench.example.org', base: '/' }, null, 2)}\n`,
  );
  if (options.synonymsYaml !== undefined) files.set('search-synonyms.yaml', options.synonymsYaml);
  const sourceList = parsed.filter((p) => sources.has(p.slug));
  let cited = 0;
  const cite = () =>
    Array.from({ length: Math.min(2, sourceList.length) }, () => {
      const source = sourceList[cited++ % sourceList.length];
      return `${source?.slug ?? ''}/p1`;
    });
  for (const [file, text] of syntheticModes(options.seed ?? 1, cite)) files.set(file, text);
  parsed.forEach((page, index) => {
    const body = relink(page.body, sources);
    if (sources.has(page.slug)) {
      files.set(
        `sources/${page.slug}.md`,
        `---\ntitle: ${yamlString(page.title)}\nsummary: ${yamlString(page.description)}\nabout: ${yamlString(`A ${page.mode} X strategy for a ${page.businessType} business.`)}\n---\n\n${pinFirstParagraph(body)}`,
      );
    } else {
      // Plain Markdown, as the anchor sites write the same text: these guides use no component.
      files.set(
        `pages/${page.slug}.md`,
        `---\ntitle: ${yamlString(page.title)}\nsummary: ${yamlString(page.description)}\norder: ${100 + index}\npermalink: g-${String(index + 1).padStart(5, '0')}\nowner: Benchmark editor\nlastReviewed: 2026-11-01\nreviewBy: 2099-11-01\n---\n\n${body}`,
      );
    }
  });
  const middle = <T>(items: readonly T[]) => items[Math.floor(items.length / 2)];
  const guideList = parsed.filter((p) => !sources.has(p.slug));
  return {
    files,
    sources: sourceList.length,
    guides: guideList.length,
    sample: {
      source: `/sources/${middle(sourceList)?.slug ?? ''}/`,
      guide: `/guides/${middle(guideList)?.slug ?? ''}/`,
    },
  };
}
