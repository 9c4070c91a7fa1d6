/** `npm run content:check`: the build's integrity check on its own, fast, with every problem listed. */
import { pagesDueForReview } from '../src/lib/content/integrity.ts';
import { playbookPages } from '../src/lib/content/playbook.ts';
import { PlaybookError } from '../src/lib/errors.ts';
import { parseCli, runCli, say } from '../src/lib/node/cli.ts';
import { today } from '../src/lib/node/clock.ts';
import { checkContent } from '../src/lib/node/content/check-content.ts';
import { resolveContentDir } from '../src/lib/node/content/content-dir.ts';

const HELP = `
Usage: npm run content:check

Checks the playbook content ($PLAYBOOK_CONTENT_DIR, default content/) as the build does:
frontmatter and account records against the schemas, passage ids, citations, permanent links,
links between plays, business types and modes, and the modes' account rules. Lists pages due for
review. Exit codes: 0 clean, 1 problems found, 2 wrong usage.
`;

await runCli(
  'content:check',
  () => {
    parseCli(process.argv.slice(2), {});
    const contentDir = resolveContentDir();
    const { playbook, problems } = checkContent(contentDir);
    if (problems.length > 0)
      throw new PlaybookError(problems, `${problems.length} problem(s) in ${contentDir}`);
    const passages = playbook.sources.reduce((n, s) => n + s.data.passages.length, 0);
    const pages = playbookPages(playbook);
    say(
      `ok: ${playbook.sources.length} sources, ${passages} passages, ${pages.length} pages, ${playbook.accounts.length} example accounts`,
    );
    for (const page of pagesDueForReview(pages, today())) {
      say(`due for review: ${page.file} (review by ${page.data.reviewBy})`);
    }
    return undefined;
  },
  { help: HELP },
);
