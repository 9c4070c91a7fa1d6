/**
 * The published account records, `<content dir>/accounts/<pseudonym>.json`: written after
 * validation, atomically; all of them read through the one content reader, so the scripts see
 * exactly the records the site builds.
 */
import path from 'node:path';
import { type AccountRecord, accountRecordSchema } from '../../../schemas/account.ts';
import { COLLECTIONS } from '../../content/collections.ts';
import { readPlaybookOrThrow } from '../content/read-playbook.ts';
import { readJsonFile, writeJsonAtomic } from './json-file.ts';

/** The folder of the records, as the collections registry names it. */
export function accountsDir(contentDir: string): string {
  return path.join(contentDir, COLLECTIONS.accounts.folder);
}

/** Where the record of a pseudonym lives. */
export function recordFile(contentDir: string, pseudonym: string): string {
  return path.join(accountsDir(contentDir), `${pseudonym}.json`);
}

/** Validates and writes a record atomically; returns its path. */
export function writeAccountRecord(contentDir: string, record: AccountRecord): string {
  const checked = accountRecordSchema.parse(record);
  const file = recordFile(contentDir, checked.pseudonym);
  writeJsonAtomic(file, checked);
  return file;
}

/** One record file, anywhere (audit --account takes a path). */
export function readAccountRecord(file: string): AccountRecord {
  return readJsonFile(file, accountRecordSchema, 'an account record');
}

/**
 * Every record of the content folder, in file name order, each with its absolute path (the
 * reader names files relative to the working directory, for messages).
 */
export function readAccountRecords(contentDir: string): { file: string; record: AccountRecord }[] {
  return readPlaybookOrThrow(contentDir, ['accounts']).accounts.map((entry) => ({
    file: path.resolve(entry.file),
    record: entry.data,
  }));
}
