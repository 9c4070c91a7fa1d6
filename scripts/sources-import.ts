/** `npm run sources:import -- <file.txt|file.md> [...]`: adds a user's own articles as sources. */
import fs from 'node:fs';
import path from 'node:path';
import { ImportError, importArticle } from '../src/lib/content/import-article.ts';
import { parseSource } from '../src/lib/content/sources.ts';
import { PlaybookError } from '../src/lib/errors.ts';
import { EXIT_FAILURE, note, parseCli, runCli, say, UsageError } from '../src/lib/node/cli.ts';
import { resolveContentDir } from '../src/lib/node/content/content-dir.ts';
import { writeFileAtomic } from '../src/lib/node/files/atomic-write.ts';
import { displayPath } from '../src/lib/node/files/display-path.ts';
import { readUtf8 } from '../src/lib/node/files/read-text.ts';

const HELP = `
Usage: npm run sources:import -- [options] <file.txt|file.md> [...]

Turns your own articles into playbook sources: <content dir>/sources/<slug>.md, with the title
taken from the first line and the detected topics and stance in the frontmatter. Re-running on
the same file changes nothing. Edit the summary and "about" lines afterwards in your own words.

Options:
  --force      overwrite a hand-written source that has the same slug
  --dry-run    print what would be written, write nothing
  -h, --help   show this help

The content folder is $PLAYBOOK_CONTENT_DIR (default: content/).
Exit codes: 0 imported or unchanged, 1 a file could not be imported, 2 wrong usage.
`;

await runCli(
  'sources:import',
  () => {
    const { values, positionals } = parseCli(
      process.argv.slice(2),
      { force: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
      { positionals: true },
    );
    if (positionals.length === 0) throw new UsageError('give at least one .txt or .md file to import');
    const sourcesDir = path.join(resolveContentDir(), 'sources');
    let failures = 0;
    for (const input of positionals) {
      try {
        const result = importOne(input, sourcesDir, {
          force: values.force === true,
          dryRun: values['dry-run'] === true,
        });
        say(result);
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

function importOne(input: string, sourcesDir: string, options: { force: boolean; dryRun: boolean }): string {
  if (!fs.existsSync(input) || !fs.statSync(input).isFile()) throw new ImportError(`${input}: no such file.`);
  if (!/\.(txt|text|md|markdown)$/i.test(input)) {
    throw new ImportError(
      `${input}: only plain text (.txt) and Markdown (.md) articles can be imported; save it as one of those.`,
    );
  }
  const text = readUtf8(input);
  const imported = importArticle({ fileName: path.basename(input), text }, new Date().toISOString());
  const target = path.join(sourcesDir, `${imported.slug}.md`);
  const shown = displayPath(target);
  if (fs.existsSync(target)) {
    const existing = readUtf8(target, shown);
    if (existing.includes(`digest: ${imported.digest}`))
      return `unchanged ${shown} (already imported from ${input})`;
    if (!existing.includes('\nimported:\n') && !options.force) {
      throw new ImportError(
        `${shown} already exists and was written by hand; rename the article's title or pass --force to replace it.`,
      );
    }
  }
  // Prove the file will load before it lands: the same parser the build uses.
  const check = parseSource(imported.contents, shown, imported.slug);
  if (check.problems.length > 0) throw new PlaybookError(check.problems, `${input} could not be imported`);
  if (options.dryRun) return `would write ${shown}:\n${imported.contents}`;
  writeFileAtomic(target, imported.contents);
  return `imported ${input} → ${shown}: "${imported.title}", ${imported.passageCount} passages, topics ${imported.topics.slice(0, 4).join(', ') || 'none'}, stance ${imported.stance}`;
}
