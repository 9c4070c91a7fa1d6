/** How files are named in messages: relative to the project when inside it, absolute otherwise. */
import path from 'node:path';

export function displayPath(file: string, root: string = process.cwd()): string {
  const relative = path.relative(root, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
