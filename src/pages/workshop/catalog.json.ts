/** The plays and business types the workshop page offers to tick (live ones only), as JSON. */
import type { APIRoute } from 'astro';
import { getPlaybook } from '../../data/playbook.ts';
import { current } from '../../lib/playbook/entry-lists.ts';
import { pagePath } from '../../lib/playbook/routes.ts';
import type { CatalogItem } from '../../lib/playbook/workshop.ts';

export const GET: APIRoute = async () => {
  const { plays, businessTypes } = await getPlaybook();
  const catalog: CatalogItem[] = [
    ...current(plays).map((play) => ({
      id: play.id,
      title: play.data.title,
      kind: play.data.kind,
      path: pagePath('plays', play.id),
    })),
    ...current(businessTypes).map((type) => ({
      id: type.id,
      title: type.data.title,
      kind: 'business-type' as const,
      path: pagePath('businessTypes', type.id),
    })),
  ];
  return new Response(JSON.stringify(catalog), { headers: { 'Content-Type': 'application/json' } });
};
