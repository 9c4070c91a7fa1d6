/** robots.txt pointing crawlers at the sitemap; chooser steps and short links are left out of it. */
import type { APIRoute } from 'astro';
import { href } from '../data/site.ts';
import { sitemapPath } from '../lib/playbook/routes.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(href(sitemapPath()), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`);
};
