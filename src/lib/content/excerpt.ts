/** Plain-text excerpts of passages, for citation tooltips and evidence lists. Pure. */
import type { Passage } from '../../schemas/passage.ts';

/** The passage's words without Markdown, list items joined by semicolons, cut at a word boundary. */
export function passageExcerpt(passage: Pick<Passage, 'text' | 'items'>, maxLength: number): string {
  const text = (passage.items?.join('; ') ?? passage.text)
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  // Keep the last word only if it ends exactly at the cut.
  const endsAtWord = /[\s,;:.!?]/.test(text[maxLength - 1] ?? ' ');
  const lastSpace = cut.lastIndexOf(' ');
  const kept = endsAtWord || lastSpace <= maxLength / 2 ? cut : cut.slice(0, lastSpace);
  return `${kept.replace(/[\s,;:.]+$/, '')}…`;
}
