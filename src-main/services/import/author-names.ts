/**
 * Authors as people or organisations, from what pages write where a name should be: "By Corey Kilgannon",
 * "ByTravis Haney", "Written by Rob Ewaschuk Edited by Betsy Beyer", "Jakob UlbrichFollowAug 8, 2016·7 min read",
 * "Lucas Nolan22 Dec 2016651", "Julia Horowitz @juliakhorowitz November 29, 2016: 3:42 PM ET". By-line words,
 * "Follow", dates, times, reading times, handles, addresses and stray digits go; several names are split; credits
 * that are not authorship ("Photograph by …", "Edited by …") and placeholders ("Follow Author", "個人", "admin") are
 * dropped, as is a name of the site itself ("BBC News · BBC News" on BBC News, "Pete Evans, CBC News" on CBC, the
 * "Condé Nast" of a page whose copyright notice names Condé Nast). Pure.
 */
import { findDate } from './dates';

/** Between names: commas, "and", "&", "、", " / ", "·", "|" (a date's commas are gone before the split). */
const BETWEEN_NAMES = /\s*(?:[,;、，；|｜·•]|\s\/\s|\s(?:and|&|und|et|y|e)\s)\s*/iu;
const BY_PREFIX =
  /^(?:(?:(?:written|posted|published|story|text|words|reported|compiled)\s+by|by|von|par|por|di|door|av|przez|text)(?:\s*[:：]\s*|\s+)|(?:作者|文|記者|记者|撰文)\s*[:：●/]?\s*)|^by(?=\p{Lu})/iu;
/** Credits that are not authorship: the piece, and what follows it, is dropped. */
const NOT_AUTHORSHIP =
  /(?:^|\s)(?:edited|reviewed|fact[- ]checked|translated|illustrated|updated|photographs?|photos?|pictures?|images?|illustrations?|video|graphics?)\s+by\b.*$/iu;
/** A translator's credit after the author's ("作者： Diogo Carleto 翻訳者 中村 真子"): it and what follows go. */
const TRANSLATOR = /\s(?:翻訳者|翻訳|訳者|译者|翻译|translated by|translation by)[:：]?\s.*$/iu;
/** A piece that is a date label ("Updated: Oct 9, 2019"), not a name. */
const DATE_LABEL = /^(?:updated|published|posted|last\s+(?:updated|modified))\b.*$/iu;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** Dates glued to other digits ("22 Dec 2016651"), which the date reader rightly refuses. */
const LOOSE_DATE = new RegExp(`\\b\\d{1,2}\\s+${MONTH}\\s+\\d{4}\\d*|\\b${MONTH}\\s+\\d{1,2},?\\s+\\d{4}\\d*`, 'giu');
const ROLE_SUFFIX = /(?<=\p{Ll})(?:CEO|CTO|COO|CFO|Founder|Co-?founder|Editor|Contributor|Reporter|Staff Writer|Writer)$/u;
const FOLLOW = /(?<![\p{L}])Follow(?:ing)?(?=\p{Lu}|\s|$|·)|(?<=\p{Ll})Follow(?=\p{Lu}|$|·)/gu;
const CLOCK_TIME =
  /\b\d{1,2}(?::\d{2}){1,2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|GMT|UTC|BST|CET|CEST|IST|JST|KST|AEST|AEDT)\b)?|\b\d{1,2}h\d{2}\b|\d{1,2}\s*時\s*\d{1,2}\s*分|\b\d{1,2}\s*[ap]\.?m\.?(?=\s|$)/giu;
const READING_TIME = /\d+\s*(?:min(?:ute)?s?|mins?)\s+read\b|\d+\s*分で読める/giu;
const HANDLE_OR_ADDRESS = /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|@[\w.]+/gu;
const PLACEHOLDER =
  /^(?:個人|个人|author|authors|admin|administrator|anonymous|unknown|guest|staff|none|null|n\/a|undefined|editor|editors|share|follow|more|view profile|view orcid profile|contributor)$/iu;
/** Roles after a name in Japanese credits: the author's (著) is kept, translators and illustrators are not. */
const AUTHOR_ROLE = /\s*(?:著|作|文|著者|記者|記)$/u;
const OTHER_ROLE = /(?:監訳|訳|翻訳|訳者|イラスト|絵|写真|撮影|編集|監修)$/u;
/** What a page's share bar or interface leaves after a name. */
const INTERFACE_WORDS = /\b(?:link copied|copy link|twitter|facebook|e-?mail|comments?|share|print)\b/giu;
const NOT_A_NAME = /[+=<>{}[\]#$%^*~]/u;
const LOWER_PHRASE = /^(?:the|a|an|at|on|in|of|and|or|to|for|with|from|as|às|em|de|le|la|el|il|und|der|die|das)\b/u;
/** A person's name written with their department ("オカモト／ASCII編集部"): the department goes. */
const DEPARTMENT = /\s*[／/]\s*[^／/]*編集部$/u;
/** A desk's by-line: it stands in for the people who wrote, and gives way to a person's name where there is one. */
const DESK = /\b(?:staff|team|desk|editors|reporters|news desk)$|編集部$/iu;
const MAX_NAME_LENGTH = 80;
const MAX_NAME_WORDS = 7;

function comparable(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function words(value: string): string {
  return ` ${value.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/**
 * Whether a name is one of the site's own (the source, its other names, its host's words, its copyright holder):
 * the same words, or the site's name followed by more ("CBC News" on CBC), or a phrase of its copyright notice.
 */
function namesTheSite(name: string, site: readonly string[]): boolean {
  // A desk's by-line ("ZDNet Japan Staff", "AOL Staff") names the people who wrote, not the site.
  if (DESK.test(name)) return false;
  const key = comparable(name);
  const firstWord = words(name).trim().split(' ')[0] ?? '';
  return site.some((other) => {
    const otherKey = comparable(other);
    if (otherKey.length < 2) return false;
    if (key === otherKey || (otherKey.length >= 3 && firstWord === otherKey)) return true;
    return key.length >= 4 && /copyright|©|\(c\)|rights/i.test(other) && words(other).includes(words(name));
  });
}

/** The text without every date written in it. */
function withoutDates(text: string): string {
  let rest = text;
  for (let found = findDate(rest); found; found = findDate(rest)) {
    rest = `${rest.slice(0, found.index)} ${rest.slice(found.index + found.length)}`;
  }
  return rest;
}

/** One piece of a by-line as a name, or null when it is not one. */
function nameOf(piece: string): string | null {
  let name = piece.replace(DATE_LABEL, '').replace(/\s*[（(][^）)]*$/u, ' ').trim();
  name = name.replace(DEPARTMENT, '');
  if (OTHER_ROLE.test(name) || NOT_A_NAME.test(name)) return null;
  name = name.replace(AUTHOR_ROLE, '');
  for (let previous = ''; previous !== name; ) {
    previous = name;
    name = name.replace(BY_PREFIX, '').replace(/^(?:on|at)\s+/i, '').trim();
  }
  name = name
    .replace(/\s+\b(?:at|on)\b\s*(?=\s|$)/gi, ' ')
    .split(/\s+/)
    .filter((word) => !/\p{N}/u.test(word))
    .join(' ')
    .replace(ROLE_SUFFIX, '')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, (edge) => (/[.)）’'"”]$/u.test(edge) && edge.trim().length === 1 ? edge.trimStart() : ''))
    .trim();
  // A trailing full stop belongs to an initial ("Bradon R.") only; other edge punctuation is gone.
  name = name.replace(/(?<!\b\p{Lu})\.$/u, '').trim();
  if (name === '' || name.length > MAX_NAME_LENGTH || name.split(/\s+/).length > MAX_NAME_WORDS) return null;
  if (!/\p{L}/u.test(name) || PLACEHOLDER.test(name)) return null;
  // Some people write their names in lower case ("cindy mangomini", "doumae"), but a name is not a short word, a
  // phrase opening with a function word ("às", "the end of it"), or a lower-case word before capitals ("mediagene Inc").
  if (/^\p{Ll}/u.test(name) && (/^\p{Ll}{1,3}$/u.test(name) || LOWER_PHRASE.test(name) || /\p{Lu}/u.test(name))) return null;
  return name;
}

/** The names in one author value (a by-line, a meta tag), without the site's own names (`site`). */
export function authorNamesIn(value: string | null | undefined, site: string | null | readonly string[] = null): string[] {
  if (!value) return [];
  const text = withoutDates(
    value
      .replace(NOT_AUTHORSHIP, '')
      .replace(TRANSLATOR, '')
      // A dateline or a desk in brackets ("Cécile Ducourtieux (Bruxelles, bureau européen)") is not a name.
      .replace(/\s*[（(][^）)]*(?:[）)]|$)/gu, ' ')
      .replace(HANDLE_OR_ADDRESS, ' ')
      .replace(FOLLOW, ' ')
      .replace(INTERFACE_WORDS, ' ')
      .replace(READING_TIME, ' ')
      .replace(CLOCK_TIME, ' ')
      .replace(/(?<=\p{Ll})(?=\p{N})/gu, ' ')
      .replace(LOOSE_DATE, ' ')
      .replace(/\s+/g, ' '),
  );
  const siteNames = site === null ? [] : typeof site === 'string' ? [site] : site;
  const names: string[] = [];
  const seen = new Set<string>();
  for (const piece of text.split(BETWEEN_NAMES)) {
    const name = nameOf(piece);
    const key = name ? comparable(name) : '';
    if (!name || key === '' || seen.has(key) || namesTheSite(name, siteNames)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

/**
 * The authors from candidates in order of trust (the page's metadata first, by-line guesses last): the names of the
 * first candidate that gives any; a desk ("Us Weekly Staff") only when no candidate names a person.
 */
export function firstAuthors(candidates: ReadonlyArray<string | null | undefined>, site: string | null | readonly string[]): string[] {
  let desk: string[] = [];
  for (const candidate of candidates) {
    const names = authorNamesIn(candidate, site);
    if (names.length === 0) continue;
    if (!names.every((name) => DESK.test(name))) return names;
    if (desk.length === 0) desk = names;
  }
  return desk;
}
