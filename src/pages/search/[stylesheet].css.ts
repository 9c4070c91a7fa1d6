/** The search dialog's stylesheet (src/lib/search/stylesheet.ts), written as a file of its own. */
import type { APIRoute } from 'astro';
import { searchStylesheetName } from '../../lib/search/stylesheet.ts';
import css from '../../styles/search.css?raw';

export function getStaticPaths() {
  return [{ params: { stylesheet: searchStylesheetName(css) } }];
}

export const GET: APIRoute = () =>
  new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
