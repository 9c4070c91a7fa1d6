/**
 * The demo accounts' raw identifiers, as the build's leak check looks for them. They are
 * committed as raw-identifiers.json beside this file, so the check guards the shipped examples
 * on a fresh clone (where data/raw/ is empty) without running the generator.
 */
import {
  collectFromJson,
  emptyIdentifiers,
  type IdentifierList,
  identifierList,
} from '../raw-identifiers.ts';
import type { DemoAccount } from './generate.ts';

/**
 * Everything in the demo accounts' raw responses that a page could show: handles, names, user
 * ids, sites and URLs. Post ids are left out: there are thousands of them (they would double the
 * file, to about 220 KB), and a page could only show one by rendering a raw post, whose
 * handles, names and links are in the list.
 */
export function demoIdentifierList(demos: readonly DemoAccount[]): IdentifierList {
  const ids = emptyIdentifiers();
  const posts = new Set<string>();
  for (const demo of demos) {
    collectFromJson(demo.user, ids);
    collectFromJson(demo.pages, ids);
    if (demo.archetype.site) collectFromJson({ sites: [demo.archetype.site] }, ids);
    for (const page of demo.pages) {
      for (const post of [...(page.data ?? []), ...(page.includes?.tweets ?? [])]) {
        posts.add(post.id);
        if (post.conversation_id) posts.add(post.conversation_id);
        for (const ref of post.referenced_tweets ?? []) posts.add(ref.id);
      }
    }
  }
  for (const id of posts) ids.ids.delete(id);
  return identifierList(ids);
}
