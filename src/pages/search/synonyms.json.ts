/** The search synonyms (content/search-synonyms.yaml) as JSON, fetched by search when it opens. */
import type { APIRoute } from 'astro';
import { resolveContentDir } from '../../lib/node/content/content-dir.ts';
import { readSearchSynonyms } from '../../lib/node/content/search-synonyms.ts';

export const GET: APIRoute = () => {
  // The build's content check has already refused a malformed file, so only the groups remain.
  const { synonyms } = readSearchSynonyms(resolveContentDir());
  return new Response(JSON.stringify(synonyms), { headers: { 'Content-Type': 'application/json' } });
};
