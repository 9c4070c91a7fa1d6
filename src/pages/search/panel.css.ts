/** The search panel's stylesheet (searchStylesheetPath in src/lib/playbook/site-paths.ts). */
import type { APIRoute } from 'astro';
import css from '../../styles/search.css?raw';

export const GET: APIRoute = () =>
  new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
