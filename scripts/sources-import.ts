/** `npm run sources:import -- <file.txt|file.md> [...]`: adds articles (often saved from the web) as sources. */
import fs from 'node:fs';
import path from 'node:path';
import type { DroppedLine } from '../src/lib/content/article-text/read-article.ts';
import { ImportError, type ImportedSource, importArticle } from '../src/lib/content/import-article.ts';
import { stanceLabel } from '../src/lib/content/signals/signals.ts';
import { parseSource } from '../src/lib/content/sources.ts';
import { PlaybookError } from '../src/lib/errors.ts';
import { EXIT_FAILURE, note, parseCli, runCli, say, UsageError } from '../src/lib/node/cli.ts';
import { resolveContentDir } from '../src/lib/node/content/content-dir.ts';
import { readPlaybookOrThrow } from '../src/lib/node/content/read-playbook.ts';
import { writeFileAtomic } from '../src/lib/node/files/atomic-write.ts';
import { displayPath } from '../src/lib/node/files/display-path.ts';
import { readUtf8 } from '../src/lib/node/files/read-text.ts';
import { cueList, signedStance } from '../src/lib/playbook/source-stance.ts';

const HELP = `
Usage: npm run sources:import -- [options] <file.txt|file.md> [...]

Turns articles into playbook sources: <content dir>/sources/<slug>.md. Text saved or copied from
a web page is fine: the headline is found among the site's header, date line and byline; the
author and date go to the frontmatter; comment forms, share prompts, cookie notices, related
posts and similar page chrome are left out, and every line left out is listed. A headline in
title case is shown in sentence case (names spelt as the article spells them) and kept as
published in originalTitle. An article without a headline gets a short descriptive title, marked
as such. The frontmatter also gets the detected topics, stance and the business types the
article talks about (from the playbook's business-types/ pages). Re-running on the same file
changes nothing. Edit the summary and "about" lines afterwards in your own words.

Options:
  --title <text>  use this title (one file at a time) instead of the detected one
  --force         overwrite a hand-written source that has the same slug
  --dry-run       print what would be written, write nothing
  -h, --help      show this help

The content folder is $PLAYBOOK_CONTENT_DIR (default: content/).
Exit codes: 0 imported or unchanged, 1 a file could not be imported, 2 wrong usage.
`;

interface ImportOptions {
  force: boolean;
  dryRun: boolean;
  title: string | undefined;
}

await runCli(
  'sources:import',
  () => {
    const { values, positionals } = parseCli(
      process.argv.slice(2),
      { force: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, title: { type: 'string' } },
      { positionals: true },
    );
    if (positionals.length === 0) throw new UsageError('give at least one .txt or .md file to import');
    if (values.title !== undefined && !values.title.trim()) throw new UsageError('--title needs some text');
    if (values.title !== undefined && positionals.length > 1)
      throw new UsageError('--title names one article: import the files one at a time to give each a title');
    const contentDir = resolveContentDir();
    // The one content reader, as the build reads them: business types describe what to look for.
    const businessTypes = readPlaybookOrThrow(contentDir, ['businessTypes']).businessTypes.map((entry) => ({
      id: entry.id,
      ...entry.data,
    }));
    const sourcesDir = path.join(contentDir, 'sources');
    let failures = 0;
    for (const input of positionals) {
      try {
        say(
          importOne(input, sourcesDir, businessTypes, {
            force: values.force === true,
            dryRun: values['dry-run'] === true,
            title: values.title?.trim(),
          }),
        );
      } catch (error) {
        if (!(error instanceof ImportError || error instanceof PlaybookError)) throw error;
        failures++;
        note(`sources:import: ${error.message}`);
      }
    }
    return failures > 0 ? EXIT_FAILURE : undefined;
  },
  { help: HELP },
);

function importOne(
  input: string,
  sourcesDir: string,
  businessTypes: Parameters<typeof importArticle>[0]['businessTypes'],
  options: ImportOptions,
): string {
  if (!fs.existsSync(input) || !fs.statSync(input).isFile()) throw new ImportError(`${input}: no such file.`);
  if (!/\.(txt|text|md|markdown)$/i.test(input)) {
    throw new ImportError(
      `${input}: only plain text (.txt) and Markdown (.md) articles can be imported; save it as one of those.`,
    );
  }
  const text = readUtf8(input);
  const imported = importArticle(
    {
      fileName: path.basename(input),
      text,
      ...(options.title ? { title: options.title } : {}),
      ...(businessTypes ? { businessTypes } : {}),
    },
    new Date().toISOString(),
  );
  const target = path.join(sourcesDir, `${imported.slug}.md`);
  const shown = displayPath(target);
  if (fs.existsSync(target)) {
    const existing = readUtf8(target, shown);
    if (existing.includes(`digest: ${imported.digest}`))
      return `unchanged ${shown} (already imported from ${input})`;
    if (!existing.includes('\nimported:\n') && !options.force) {
      throw new ImportError(
        `${shown} already exists and was written by hand; give the import another title with --title, or pass --force to replace it.`,
      );
    }
  }
  // Prove the file will load before it lands: the same parser the build uses.
  const check = parseSource(imported.contents, shown, imported.slug);
  if (check.problems.length > 0) throw new PlaybookError(check.problems, `${input} could not be imported`);
  const report = describeImport(input, shown, imported);
  if (options.dryRun) return `would write ${shown}:\n${imported.contents}\n${report}`;
  writeFileAtomic(target, imported.contents);
  return report;
}

/** What was imported, what was found, and every line left out with why. */
function describeImport(input: string, shown: string, imported: ImportedSource): string {
  const lines = [
    `imported ${input} → ${shown}: "${imported.title}"${imported.titleIsDescriptive ? ' (no headline found: a descriptive title; replace it with --title)' : ''}, ${imported.passageCount} passages`,
    ...(imported.originalTitle
      ? [
          `  the headline "${imported.originalTitle}" is shown in sentence case and kept as originalTitle; check its names`,
        ]
      : []),
    `  author: ${imported.author ?? 'not found'}; published: ${imported.published ?? 'not found'}`,
    `  topics ${imported.topics.slice(0, 4).join(', ') || 'none'}`,
    `  stance ${stanceLabel(imported.stance)} (${signedStance(imported.stance)})${
      imported.stanceCues.length > 0 ? `, mostly from ${cueList(imported.stanceCues)}` : ': no cue either way'
    }; if you read the article otherwise, set editorStance in its frontmatter`,
    `  business types: ${
      imported.businessTypes.length === 0
        ? 'none detected'
        : imported.businessTypes
            .map((b) => `${b.id} (${b.words.map((w) => `${w.word} ×${w.count}`).join(', ')})`)
            .join('; ')
    }`,
  ];
  if (imported.dropped.length > 0) {
    lines.push(`  left out ${imported.dropped.length} line(s) of page chrome:`);
    lines.push(...imported.dropped.map(droppedLine));
  }
  return lines.join('\n');
}

function droppedLine(dropped: DroppedLine): string {
  const text = dropped.text.length > 70 ? `${dropped.text.slice(0, 69)}…` : dropped.text;
  return `    line ${dropped.line} (${dropped.reason}): ${text}`;
}
