/**
 * Example accounts for a business type page. Entries arrive from the accounts collection, or from
 * any list of records, and are narrowed here field by field, so a page never breaks on one bad record.
 */

/** What a business type page shows of an example account: a link and a label. */
export interface ExampleAccount {
  pseudonym: string;
  label: string;
}

interface AccountRef {
  pseudonym: string;
  businessType: string;
  label?: string;
}

function isAccountRef(data: unknown): data is AccountRef {
  if (typeof data !== 'object' || data === null) return false;
  const record = data as Record<string, unknown>;
  return (
    typeof record.pseudonym === 'string' &&
    record.pseudonym.length > 0 &&
    typeof record.businessType === 'string' &&
    (record.label === undefined || typeof record.label === 'string')
  );
}

/** Example accounts grouped by business type, each group sorted by label, then pseudonym. */
export function groupExampleAccounts(entries: readonly { data: unknown }[]): Map<string, ExampleAccount[]> {
  const groups = new Map<string, ExampleAccount[]>();
  for (const account of entries.map((entry) => entry.data).filter(isAccountRef)) {
    const group = groups.get(account.businessType) ?? [];
    group.push({ pseudonym: account.pseudonym, label: account.label || account.pseudonym });
    groups.set(account.businessType, group);
  }
  for (const group of groups.values()) {
    group.sort((a, b) => a.label.localeCompare(b.label) || a.pseudonym.localeCompare(b.pseudonym));
  }
  return groups;
}

/** The example accounts of one business type, sorted by label, then pseudonym. */
export function exampleAccountsFor(
  entries: readonly { data: unknown }[],
  businessType: string,
): ExampleAccount[] {
  return groupExampleAccounts(entries).get(businessType) ?? [];
}
