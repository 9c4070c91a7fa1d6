/**
 * Date lines and bylines of a saved article ("July 22, 2009", "Posted on 3 March 2012 by Jane
 * Doe", "by: Kevin Zimmerman", "Posted By: Ben McCoy"): recognised as whole lines, so a sentence
 * that happens to contain a date or the word "by" stays in the text. Pure.
 */

const MONTHS = [
  'jan(?:uary)?',
  'feb(?:ruary)?',
  'mar(?:ch)?',
  'apr(?:il)?',
  'may',
  'june?',
  'july?',
  'aug(?:ust)?',
  'sep(?:t(?:ember)?)?',
  'oct(?:ober)?',
  'nov(?:ember)?',
  'dec(?:ember)?',
];
const MONTH = `(${MONTHS.join('|')})\\.?`;
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
const TIME = '(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[a-z]{2,4})?)?';
const PREFIX =
  '(?:(?:posted|published|written|updated|last updated|first published|date)(?:\\s+on)?\\s*:?\\s*|on\\s+)?';

/** Each form: the regex source and which capture holds the month, day and year (0 = absent). */
const DATE_FORMS: { source: string; month: number; day: number; year: number }[] = [
  { source: `(?:${WEEKDAY})?${MONTH}\\s+${DAY},?\\s+${YEAR}`, month: 1, day: 2, year: 3 },
  { source: `(?:${WEEKDAY})?${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}`, month: 2, day: 1, year: 3 },
  { source: `${YEAR}-(\\d{2})-(\\d{2})(?:[t ]\\d{2}:\\d{2}(?::\\d{2})?z?)?`, month: 2, day: 3, year: 1 },
  { source: `(\\d{1,2})[/.](\\d{1,2})[/.]${YEAR}`, month: 0, day: 0, year: 3 },
  { source: `${MONTH},?\\s+${YEAR}`, month: 1, day: 0, year: 2 },
  { source: `(?:spring|summer|autumn|fall|winter),?\\s+${YEAR}`, month: 0, day: 0, year: 1 },
  { source: `(?:${WEEKDAY})?${MONTH}\\s+${DAY}`, month: 1, day: 2, year: 0 },
  { source: `(?:${WEEKDAY})?${DAY}\\s+${MONTH}`, month: 2, day: 1, year: 0 },
];

/** A person's name as bylines print it: capitalised words, initials, a few lowercase particles. */
const NAME_WORD = "(?:\\p{Lu}[\\p{L}'’-]*\\.?|(?:de|da|di|del|der|van|von|le|la|du|bin|al|y)(?=\\s))";
const NAME = `(${NAME_WORD}(?:\\s+${NAME_WORD}){0,4})`;
/** What may follow a name on a byline: a role, a date, a reading time. */
const AFTER_NAME = '(?:\\s*(?:,|\\||·|–|—|-)\\s*.*|\\s+on\\s+.*|\\s+in\\s+.*)?';
/** What a byline may print after the name besides a date: a role, a publication, a reading time. */
const BYLINE_ROLE =
  /^(?:\d+ (?:comments?|responses?)|contributor|staff writer|(?:senior |contributing )?(?:editor|reporter|correspondent|columnist|writer)|guest (?:author|writer|blogger)|\d+ min(?:ute)?s? read)$/i;
const BYLINE_PUBLICATION = /^(?:[\p{Lu}\d][\p{L}\d'’&.-]*\s*){1,4}$/u;
const GENERIC_AUTHORS = /^(?:admin|administrator|editor|editors|staff|guest|author|team|webmaster)$/i;

export interface ParsedDate {
  /** ISO form, as precise as the line: `2009-07-22`, `2009-07` or `2009`; undefined without a year. */
  iso?: string;
}

function parseDateText(text: string): ParsedDate | undefined {
  for (const form of DATE_FORMS) {
    const match = new RegExp(`^${form.source}${TIME}$`, 'iu').exec(text);
    if (!match) continue;
    const year = form.year ? match[form.year] : undefined;
    if (!year) return {};
    const monthText = form.month ? (match[form.month] ?? '') : '';
    const month = /^\d+$/.test(monthText)
      ? Number(monthText)
      : MONTHS.findIndex((m) => new RegExp(`^(?:${m})$`, 'i').test(monthText)) + 1;
    const day = form.day ? Number(match[form.day]) : 0;
    if (month < 1 || month > 12) return { iso: year };
    const mm = String(month).padStart(2, '0');
    if (day < 1 || day > 31) return { iso: `${year}-${mm}` };
    return { iso: `${year}-${mm}-${String(day).padStart(2, '0')}` };
  }
  return undefined;
}

/** A line that is only a date (with an optional "Posted on", weekday, time or "by <name>"). */
export function parseDateLine(line: string): (ParsedDate & { author?: string }) | undefined {
  const text = line.trim().replace(/[.\s]+$/, '');
  const prefixed = new RegExp(`^${PREFIX}(.+?)(?:\\s+by\\s+${NAME}${AFTER_NAME})?$`, 'iu').exec(text);
  if (!prefixed?.[1]) return undefined;
  const date = parseDateText(prefixed[1].trim());
  if (!date) return undefined;
  const author = prefixed[2] && !GENERIC_AUTHORS.test(prefixed[2]) ? prefixed[2] : undefined;
  return author ? { ...date, author } : date;
}

/**
 * A byline: "By Jane Doe", "by: Jane Doe", "Posted by Jane Doe", "Written by …", "Author: …",
 * "Guest post by …", optionally followed by a role or a date. Returns the author's name, or
 * `{}` for a byline without a usable name ("Posted by admin").
 */
export function parseByline(line: string): { author?: string; date?: ParsedDate } | undefined {
  const text = line.trim().replace(/[.\s]+$/, '');
  const match =
    /^(?:(posted|written|published|guest post|words|story|article)\s+by|by|author)\s*:?\s+(.+)$/iu.exec(text);
  if (!match?.[2]) return undefined;
  const explicit = match[1] !== undefined || /^author/i.test(text) || /^by\s*:/i.test(text);
  const rest = match[2];
  const name = new RegExp(`^${NAME}(${AFTER_NAME})$`, 'u').exec(rest);
  if (!name?.[1]) {
    // "Posted by admin": a byline all the same, with nothing worth keeping.
    return explicit && rest.split(/\s+/).length <= 4 ? {} : undefined;
  }
  const tail = (name[2] ?? '').replace(/^\s*(?:,|\||·|–|—|-|on|in)\s*/i, '').trim();
  // "on July 13, 2011 · 18 comments": the date, then the page's comment count.
  const dateText = tail.replace(/\s*(?:·|\||-)\s*\d+ (?:comments?|responses?)$/i, '');
  const date = dateText ? parseDateText(dateText) : undefined;
  // "By Friday, we had sold out" is a sentence: after a name a byline has only a date or a role.
  if (tail && !date && !BYLINE_ROLE.test(tail) && !BYLINE_PUBLICATION.test(tail)) return undefined;
  const author = GENERIC_AUTHORS.test(name[1]) ? undefined : name[1];
  return { ...(author ? { author } : {}), ...(date ? { date } : {}) };
}
