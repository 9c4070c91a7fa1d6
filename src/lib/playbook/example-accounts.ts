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

/** The example accounts of one business type, sorted by label, then pseudonym. */
export function exampleAccountsFor(
  entries: readonly { data: unknown }[],
  businessType: string,
): ExampleAccount[] {
  return entries
    .map((entry) => entry.data)
    .filter(isAccountRef)
    .filter((account) => account.businessType === businessType)
    .map((account) => ({ pseudonym: account.pseudonym, label: account.label || account.pseudonym }))
    .sort((a, b) => a.label.localeCompare(b.label) || a.pseudonym.localeCompare(b.pseudonym));
}
