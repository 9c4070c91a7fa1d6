/**
 * Fitting a page title into a share image: the largest of a few type sizes at which it wraps into
 * at most three lines, else the smallest size with the last line cut short and an ellipsis. Pure:
 * it measures with the width function it is given.
 */

export interface TitleLayout {
  size: number;
  lines: string[];
}

/** Greedy word wrap at `maxWidth`; a single word wider than the line stays on its own line. */
export function wrap(text: string, maxWidth: number, width: (text: string) => number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && width(candidate) > maxWidth) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}

export function fitTitle(
  title: string,
  sizes: readonly number[],
  maxLines: number,
  maxWidth: number,
  width: (text: string, size: number) => number,
): TitleLayout {
  for (const size of sizes) {
    const lines = wrap(title, maxWidth, (t) => width(t, size));
    if (lines.length <= maxLines) return { size, lines };
  }
  const size = sizes.at(-1) ?? 48;
  const lines = wrap(title, maxWidth, (t) => width(t, size)).slice(0, maxLines);
  let last = lines.at(-1) ?? '';
  while (last && width(`${last}…`, size) > maxWidth) last = last.replace(/\s*\S+$/, '');
  lines[lines.length - 1] = `${last}…`;
  return { size, lines };
}
