/**
 * Permanent short ids (`/p/<id>/`). A page's is its `permalink`, else its file name (which must
 * then be a valid id: the check says so). A source's is its `permalink`, else its slug cut to
 * the longest id allowed at a word boundary, so an imported article with a long title still gets
 * one. Pure.
 */

/** 2–41 lowercase letters, digits and hyphens, as `permalinkIdSchema` allows. */
export const PERMALINK_ID = /^[a-z0-9][a-z0-9-]{1,40}$/;
const MAX_LENGTH = 41;

export function sourcePermalink(slug: string, explicit?: string): string {
  if (explicit) return explicit;
  if (slug.length <= MAX_LENGTH) return slug;
  const cut = slug.slice(0, MAX_LENGTH);
  const atWord = cut.lastIndexOf('-');
  return (atWord > 10 ? cut.slice(0, atWord) : cut).replace(/-+$/, '');
}
