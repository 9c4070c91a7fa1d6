/** Example accounts for business type pages: the anonymized records of the `accounts` collection. */
import { getCollection } from 'astro:content';
import { type ExampleAccount, exampleAccountsFor } from '../lib/playbook/example-accounts.ts';

/** The example accounts of a business type, by label; [] when it has none. */
export async function getExampleAccounts(businessType: string): Promise<ExampleAccount[]> {
  return exampleAccountsFor(await getCollection('accounts'), businessType);
}
