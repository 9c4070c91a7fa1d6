/** `npm run content:check`: the build's integrity check on its own, fast, with every problem listed. */

import { pagesDueForReview } from '../src/lib/content/integrity.ts';
import { PlaybookError } from '../src/lib/errors.ts';
import { parseCli, runCli } from '../src/lib/node/cli.ts';
import { checkContent } from '../src/lib/node/content/check-content.ts';
import { resolveContentDir } from '../src/lib/node/content/content-dir.ts';

const HELP = `
Usage: npm run content:check

Checks the playbook content ($PLAYBOOK_CONTENT_DIR, default content/) as the build does:
frontmatter against the schemas, passage ids, citations, links between plays, business types
and modes. Lists pages due for review. Exit codes: 0 clean, 1 problems found, 2 wrong usage.
`;

await runCli('content:check', () => {
  parseCli(process.argv.slice(2), {}, HELP);
  const contentDir = resolveContentDir();
  const report = checkContent(contentDir);
  if (report.problems.length > 0)
    throw new PlaybookError(report.problems, `${report.problems.length} problem(s) in ${contentDir}`);
  const passages = report.sources.reduce((n, s) => n + s.passages.length, 0);
  process.stdout.write(
    `ok: ${report.sources.length} sources, ${passages} passages, ${report.pages.length} pages\n`,
  );
  for (const page of pagesDueForReview(report.pages, new Date().toISOString().slice(0, 10))) {
    process.stdout.write(`due for review: ${page.file} (review by ${String(page.data.reviewBy)})\n`);
  }
  return undefined;
});
