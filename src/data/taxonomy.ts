/**
 * The taxonomy collections as the pages use them: modes in order, business types and plays by
 * title. Thin over astro:content; the grouping and lookups are pure and live in src/lib/taxonomy.ts.
 */
import { getCollection } from 'astro:content';
import { sortByTitle, sortModes } from '../lib/playbook/taxonomy.ts';

/** Every mode, in its stated order. */
export async function getModes() {
  return sortModes(await getCollection('modes'));
}

/** Every business type, by title. */
export async function getBusinessTypes() {
  return sortByTitle(await getCollection('businessTypes'));
}

/** Every play and anti-pattern, withdrawn ones included, by title. */
export async function getPlays() {
  return sortByTitle(await getCollection('plays'));
}
