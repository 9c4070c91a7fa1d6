/** Everything the chooser pages need from the collections, as plain data for src/lib/chooser.ts. */
import { getCollection } from 'astro:content';
import type { ChooserBusinessType } from '../lib/playbook/chooser.ts';

export interface ChooserData {
  businessTypes: (ChooserBusinessType & { summary: string; cites: string[] })[];
  modes: Map<string, { title: string; summary: string; cites: string[] }>;
  plays: Map<string, { title: string; summary: string }>;
}

export async function getChooserData(): Promise<ChooserData> {
  const [businessTypes, modes, plays] = await Promise.all([
    getCollection('businessTypes'),
    getCollection('modes'),
    getCollection('plays'),
  ]);
  return {
    businessTypes: businessTypes
      .filter((b) => !b.data.withdrawn)
      .map((b) => ({
        id: b.id,
        title: b.data.title,
        mode: b.data.mode,
        attributes: b.data.attributes,
        plays: b.data.plays,
        summary: b.data.summary,
        cites: b.data.cites,
      })),
    modes: new Map(
      modes.map((m) => [m.id, { title: m.data.title, summary: m.data.summary, cites: m.data.cites }]),
    ),
    plays: new Map(plays.map((p) => [p.id, { title: p.data.title, summary: p.data.summary }])),
  };
}
