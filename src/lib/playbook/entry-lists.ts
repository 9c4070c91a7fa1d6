/**
 * Lists of playbook entries (modes, business types, plays) as the pages show them: sorted,
 * looked up by id, grouped by mode, with time totals. They take plain `{ id, data }` entries, so pages, the chooser and tests can
 * share them without astro:content.
 */
import { formatMinutes } from '../format.ts';

/** The shape of a collection entry that these helpers need. */
export interface Entry<D> {
  id: string;
  data: D;
}

/** A link as data: the label and a base-relative site path (pages add the deploy base). */
export interface LinkRef {
  label: string;
  path: string;
}

/** Sum of the minutes of routine tasks or play steps. */
export function totalMinutes(items: readonly { minutes: number }[]): number {
  return items.reduce((sum, item) => sum + item.minutes, 0);
}

/** A play's weekly time in words; a play done once has none: "One-off", "1 h 30 min a week". */
export function weeklyTime(minutesPerWeek: number): string {
  return minutesPerWeek === 0 ? 'One-off' : `${formatMinutes(minutesPerWeek)} a week`;
}

/** Titles by id, for labelling references (a mode id in a play, a business type in a switch). */
export function titlesById(entries: readonly Entry<{ title: string }>[]): Map<string, string> {
  return new Map(entries.map((entry) => [entry.id, entry.data.title]));
}

/** `ids` in the order they have in `reference` (e.g. mode ids in the modes' order); ids not in it go last. */
export function inReferenceOrder(ids: readonly string[], reference: readonly string[]): string[] {
  const rank = (id: string) => {
    const index = reference.indexOf(id);
    return index === -1 ? reference.length : index;
  };
  return [...ids].sort((a, b) => rank(a) - rank(b));
}

/** Modes in their stated order, ties broken by title. */
export function sortModes<M extends Entry<{ order: number; title: string }>>(modes: readonly M[]): M[] {
  return [...modes].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

/** Entries sorted by title, for lists with no stated order. */
export function sortByTitle<E extends Entry<{ title: string }>>(entries: readonly E[]): E[] {
  return [...entries].sort((a, b) => a.data.title.localeCompare(b.data.title));
}

/** The entries named by `ids`, in the order of `ids`; unknown ids are skipped (the build check reports them). */
export function pickByIds<E extends { id: string }>(
  entries: readonly E[] | ReadonlyMap<string, E>,
  ids: readonly string[],
): E[] {
  const byId = 'get' in entries ? entries : new Map(entries.map((entry) => [entry.id, entry]));
  return ids.flatMap((id) => {
    const entry = byId.get(id);
    return entry ? [entry] : [];
  });
}

/** Entries that are not withdrawn: withdrawn pages keep their URL but are no longer recommended. */
export function current<E extends Entry<{ withdrawn?: unknown }>>(entries: readonly E[]): E[] {
  return entries.filter((entry) => !entry.data.withdrawn);
}

/** Plays and anti-patterns apart, each keeping the order given. */
export function splitByKind<P extends Entry<{ kind: 'play' | 'anti-pattern' }>>(
  plays: readonly P[],
): { plays: P[]; antiPatterns: P[] } {
  return {
    plays: plays.filter((play) => play.data.kind === 'play'),
    antiPatterns: plays.filter((play) => play.data.kind === 'anti-pattern'),
  };
}

/** Plays (of either kind) that list the mode among those they serve. */
export function playsForMode<P extends Entry<{ modes: readonly string[] }>>(
  plays: readonly P[],
  modeId: string,
): P[] {
  return plays.filter((play) => play.data.modes.includes(modeId));
}

/** Business types that recommend the mode. */
export function businessTypesForMode<B extends Entry<{ mode: string }>>(
  businessTypes: readonly B[],
  modeId: string,
): B[] {
  return businessTypes.filter((type) => type.data.mode === modeId);
}

/**
 * Business types grouped under the mode they recommend, in the modes' order. Modes nobody
 * recommends are left out; business types naming an unknown mode are left out too (the build
 * check reports them).
 */
export function groupByMode<
  M extends Entry<{ order: number; title: string }>,
  B extends Entry<{ mode: string }>,
>(modes: readonly M[], businessTypes: readonly B[]): { mode: M; businessTypes: B[] }[] {
  return sortModes(modes)
    .map((mode) => ({ mode, businessTypes: businessTypesForMode(businessTypes, mode.id) }))
    .filter((group) => group.businessTypes.length > 0);
}
