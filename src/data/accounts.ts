/**
 * Example accounts for business type pages. The `accounts` collection is added by the accounts
 * work and does not exist yet; until it does, this returns no accounts and the pages say so.
 */
import { getCollection } from 'astro:content';
import { type ExampleAccount, exampleAccountsFor } from '../lib/example-accounts.ts';

let entries: Promise<readonly { data: unknown }[]> | undefined;

async function loadAccounts(): Promise<readonly { data: unknown }[]> {
  try {
    // The name is not in the generated collection types yet, hence the cast. Astro returns []
    // (with one warning) for an unknown collection; the catch guards versions that throw instead.
    const found: unknown = await getCollection('accounts' as never);
    return Array.isArray(found) ? (found as { data: unknown }[]) : [];
  } catch {
    return [];
  }
}

/** The example accounts of a business type; [] until the accounts collection exists. */
export async function getExampleAccounts(businessType: string): Promise<ExampleAccount[]> {
  entries ??= loadAccounts();
  return exampleAccountsFor(await entries, businessType);
}
