/**
 * The made-up people the demo accounts answer, mention and repost: `xpb` handles (so the leak
 * check and the tests can tell them from real ones), 18-digit ids and ordinary names.
 */
import { digits } from './ids.ts';
import { pick } from './random.ts';

const FIRST = [
  'Avery',
  'Blake',
  'Casey',
  'Dallas',
  'Emery',
  'Finley',
  'Harper',
  'Indigo',
  'Jules',
  'Kai',
  'Lane',
  'Morgan',
  'Noel',
  'Oakley',
  'Parker',
  'Quinn',
  'Reese',
  'Sage',
  'Tatum',
  'Wren',
];
const LAST = [
  'Ashdown',
  'Brightwell',
  'Cobbold',
  'Dunmore',
  'Elsworth',
  'Fairweather',
  'Greenhalgh',
  'Holloway',
  'Ingleby',
  'Jessop',
  'Kettering',
  'Lockwood',
  'Merriman',
  'Northcott',
  'Ormerod',
  'Pendleton',
  'Quarrie',
  'Rushworth',
  'Sowerby',
  'Thistlewood',
];
const HANDLE_CHARS = 'abcdefghijkmnpqrstuvwxyz23456789';

/** Someone in a demo timeline. */
export interface DemoPerson {
  id: string;
  username: string;
  name: string;
}

/** A new person; every call draws from `rand`. */
export function makePerson(rand: () => number): DemoPerson {
  let handle = 'xpb';
  for (let i = 0; i < 7; i++) handle += pick([...HANDLE_CHARS], rand);
  return { id: digits(rand, 18), username: handle, name: `${pick(FIRST, rand)} ${pick(LAST, rand)}` };
}
