/**
 * Dates as saved pages write them, read into ISO `YYYY-MM-DD`:
 * `2017-10-23` (also with `/` or `.`, and ISO timestamps), `23-10-2017` and `28.09.2017` (day first; month first only
 * when the day cannot be a month, as in `10/23/2017`), `September 28, 2017`, `Sep. 28, 2017`, `28 Sep 2017`,
 * `28-Sep-2017`, `2017年9月28日` (full-width digits too), Japanese era dates (`令和元年5月1日`), Korean `2017년 9월 28일`.
 * Impossible dates (30 February) are refused.
 *
 * A timestamp keeps the date as published in its own time zone: `2017-09-28T23:30:00-05:00` is the 28th (the
 * reader's calendar day, not UTC's): the date is read as written and the time and zone are ignored.
 */

export interface FoundDate {
  iso: string;
  /** Where the date starts in the searched text, and how long it is. */
  index: number;
  length: number;
}

const MONTHS = [
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec',
] as const;
const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

type Order = 'ymd' | 'dmy' | 'mdy-name' | 'dmy-name' | 'cjk' | 'era';

/** The Gregorian year before the first year of each Japanese era (令和元年 is 2019). */
const ERA_OFFSETS: Readonly<Record<string, number>> = { 令和: 2018, 平成: 1988, 昭和: 1925 };

/** Tried in this order at each position; each pattern captures its three parts in the order its name says. */
const PATTERNS: ReadonlyArray<[Order, RegExp]> = [
  ['ymd', /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/],
  ['dmy', /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/],
  ['cjk', /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号일]/],
  ['era', /(令和|平成|昭和)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/],
  ['mdy-name', new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'i')],
  ['dmy-name', new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+${MONTH_NAME},?[\\s-]+(\\d{4})(?!\\d)`, 'i')],
];

function monthFromName(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toIso(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function interpret(order: Order, parts: string[]): string | null {
  const [a = '', b = '', c = '', d = ''] = parts;
  switch (order) {
    case 'ymd':
    case 'cjk':
      return toIso(Number(a), Number(b), Number(c));
    case 'era':
      return toIso((ERA_OFFSETS[a] ?? 0) + (b === '元' ? 1 : Number(b)), Number(c), Number(d));
    case 'dmy': {
      const first = Number(a);
      const second = Number(b);
      // Day first (23-10-2017), unless only month-first makes sense (10/23/2017). An ambiguous date such as
      // 05-04-2018 is read day first (5 April): the saved pages Offprint reads (Chinese, British, European sites)
      // write day-first dates; American pages spell the month out or write month-first dates with a day over 12.
      return first <= 12 && second > 12 ? toIso(Number(c), first, second) : toIso(Number(c), second, first);
    }
    case 'mdy-name':
      return toIso(Number(c), monthFromName(a), Number(b));
    case 'dmy-name':
      return toIso(Number(c), monthFromName(b), Number(a));
  }
}

/** Full-width digits (２０１７) as ASCII, keeping every other character (and so every index) in place. */
function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

/** The first date written anywhere in the text, or null. */
export function findDate(text: string): FoundDate | null {
  const searchable = asciiDigits(text);
  let best: FoundDate | null = null;
  for (const [order, pattern] of PATTERNS) {
    for (const match of searchable.matchAll(new RegExp(pattern.source, pattern.flags + 'g'))) {
      if (best && best.index <= match.index) break;
      const iso = interpret(order, match.slice(1));
      if (iso) {
        best = { iso, index: match.index, length: match[0].length };
        break;
      }
    }
  }
  return best;
}

const TIME_OR_WEEKDAY =
  /\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|星期.|周.|(?:gmt|utc|bjt|cst|est|edt|pst|pdt|cet|cest)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}|z\b|t(?=\d)|北京时间/gi;

/** The date when the text is nothing but a date (give or take a time of day, a weekday and a time zone), else null. */
export function parseDate(text: string): string | null {
  const found = findDate(text);
  if (!found) return null;
  const rest = (text.slice(0, found.index) + ' ' + text.slice(found.index + found.length))
    .replace(TIME_OR_WEEKDAY, ' ')
    .replace(/[\s,.()（）[\]【】|/:：\-–—]+/g, '');
  return rest.length === 0 ? found.iso : null;
}
