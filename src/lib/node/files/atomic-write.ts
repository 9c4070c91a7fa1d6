/** Writes files whole or not at all: a temp file in the same folder, then a rename. */
import fs from 'node:fs';
import path from 'node:path';

let tempCount = 0;

/** A hidden temp file beside `file`, unique within this process (many may be in flight at once). */
function tempBeside(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${++tempCount}.tmp`);
}

/**
 * Removes from `dir` the temp files a process `pid` left there when it was stopped between
 * writing a temp file and renaming it. The files it renamed are whole and stay.
 */
export function removeTempFilesOf(dir: string, pid: number): number {
  const suffix = new RegExp(`^\\..+\\.${pid}\\.\\d+\\.tmp$`);
  let removed = 0;
  if (!fs.existsSync(dir)) return removed;
  for (const name of fs.readdirSync(dir)) {
    if (!suffix.test(name)) continue;
    fs.rmSync(path.join(dir, name), { force: true });
    removed++;
  }
  return removed;
}

export function writeFileAtomic(file: string, contents: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = tempBeside(file);
  try {
    fs.writeFileSync(temp, contents);
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * `writeFileAtomic` without blocking the thread, for passes that rewrite many files at once while
 * another process may read them (Pagefind indexes the pages while the policy goes into them): a
 * reader sees the old file or the new one, never a truncated one. The folder must exist.
 */
export async function writeFileAtomicAsync(file: string, contents: string | Uint8Array): Promise<void> {
  const temp = tempBeside(file);
  try {
    await fs.promises.writeFile(temp, contents);
    await fs.promises.rename(temp, file);
  } catch (error) {
    await fs.promises.rm(temp, { force: true });
    throw error;
  }
}
