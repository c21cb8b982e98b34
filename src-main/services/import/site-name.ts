/**
 * The site's name in a page's title, and the site's name as a source. A title's leading or trailing part is the
 * site's when it names the site: as `og:site_name`, `application-name` or the JSON-LD publisher call it, as its host
 * reads (`Pastebin.com`, `whitehouse.gov`), or as the part of the `<title>` around the headline ("… - BBC News" when
 * the headline is the page's `<h1>`). That part leaves the title ("… - BBC News", "…_科技_腾讯网", "… [LWN.net]",
 * "… :: 痞客邦 PIXNET ::") and, when the page names no site, becomes its source. Sources are names, never
 * addresses: `http://www.tmz.com` is "TMZ". Pure.
 */

/** Between a headline and the site's name. */
const SEPARATOR = /\s+(?:[-–—|·»:/]|\|\||::)\s+|\s*[｜_]\s*|\s*::\s*|(?<=[」』）】\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])\s*[:：]\s*|[:：]\s+(?=\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana})/u;
/** A site name in brackets at either end: "[LWN.net]", "【…】" is left alone (it is part of CJK headlines). */
const BRACKETED_END = /^\s*(.*\S)\s*\[([^\]]{2,60})\]\s*$/u;
const MAX_SITE_WORDS = 8;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const GENERIC_LABELS = new Set(['www', 'm', 'amp', 'mobile', 'news', 'blog', 'blogs', 'com', 'org', 'net', 'edu', 'gov', 'co', 'ac', 'ne', 'or', 'go', 'jp', 'uk', 'de', 'fr', 'cn', 'tw', 'io', 'info', 'archives']);

function key(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The words of a host that can name its site (`obamawhitehouse.archives.gov` → obamawhitehouse). */
export function hostLabels(host: string | null): string[] {
  if (!host) return [];
  return host
    .toLowerCase()
    .split('.')
    .filter((label) => label.length >= 3 && !GENERIC_LABELS.has(label))
    .map((label) => label.replace(/-/g, ''));
}

export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname;
    return host === '' ? null : host;
  } catch {
    return null;
  }
}

/** Whether a part of a title names the site. */
function namesSite(part: string, sites: readonly string[], host: string | null): boolean {
  const partKey = key(part);
  if (partKey.length < 2 || part.split(/\s+/).length > MAX_SITE_WORDS) return false;
  for (const site of sites) {
    const siteKey = key(site);
    if (siteKey.length < 2) continue;
    if (partKey === siteKey || partKey.startsWith(siteKey) || (siteKey.startsWith(partKey) && partKey.length >= 4)) return true;
  }
  const domainless = key(part.replace(/\.(?:com|org|net|gov|edu|co\.uk|jp|de|fr|io|cn|tw)$/i, ''));
  const firstWord = key(part.split(/\s+/)[0] ?? '');
  return hostLabels(host).some(
    (label) =>
      domainless === label ||
      firstWord === label ||
      (domainless.length >= 5 && label.includes(domainless)) ||
      (label.length >= 4 && domainless.startsWith(label)),
  );
}

export interface SiteTitle {
  /** The title without the site's part. */
  title: string;
  /** The part taken off, when it named the site ("BBC News"), else null. */
  site: string | null;
}

/** The title without a leading or trailing part that names the site (and without what follows a trailing one). */
/** Leading labels that are the section, not the headline: "Opinion | …", "[News] …", "r/aww - …" (a Reddit community). */
const SECTION_LABEL = /^(?:(?:opinion|analysis|editorial|commentary|perspective)\s*[|]\s+|\[[\p{L}\p{N} ]{1,20}\]\s*|r\/\w+\s+-\s+)(?=\S)/iu;
/** A trailing note of when the page was first published: "(Published 2016)". */
const PUBLISHED_NOTE = /\s*\((?:published|publié|veröffentlicht)\s+\d{4}\)$/iu;

export function titleWithoutSite(title: string, sites: readonly string[], host: string | null): SiteTitle {
  const trimmed = title.replace(/\s+/g, ' ').trim().replace(PUBLISHED_NOTE, '').replace(SECTION_LABEL, '');
  const bracketed = BRACKETED_END.exec(trimmed);
  if (bracketed?.[1] && bracketed[2] && namesSite(bracketed[2], sites, host)) return { title: bracketed[1], site: bracketed[2] };
  const framed = /^::\s*(.+?)\s*::$/u.exec(trimmed)?.[1] ?? trimmed.replace(/\s*::\s*$/u, '');
  const parts = framed.split(SEPARATOR).map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length < 2) return { title: trimmed, site: null };
  // A trailing site name, and any tagline after it: "Headline — Postlight — Digital Strategy, Design and Engineering".
  for (let index = 1; index < parts.length; index++) {
    const part = parts[index] ?? '';
    if (namesSite(part, sites, host)) return { title: joinLike(framed, parts.slice(0, index)), site: part };
  }
  const first = parts[0] ?? '';
  if (namesSite(first, sites, host)) return { title: joinLike(framed, parts.slice(1)), site: first };
  // "Headline | by Jakob Ulbrich": a trailing by-line is not part of the title.
  const last = parts[parts.length - 1] ?? '';
  if (/^by\s+\S/i.test(last) && last.split(/\s+/).length <= 5) return { title: joinLike(framed, parts.slice(0, -1)), site: null };
  return { title: trimmed, site: null };
}

/** The parts as they were written in the title (with their separators between them). */
function joinLike(title: string, parts: readonly string[]): string {
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  const start = title.indexOf(first);
  const end = title.lastIndexOf(last) + last.length;
  return start >= 0 && end > start ? title.slice(start, end).trim() : parts.join(' - ');
}

/**
 * The site's name as the part of the `<title>` around a headline that the page gives elsewhere (its `<h1>`,
 * `og:title`): "Headline - Site" or "Site | Headline" gives "Site"; null when the `<title>` does not frame one.
 */
export function siteAroundHeadline(pageTitle: string | null, headlines: ReadonlyArray<string | null>): string | null {
  if (!pageTitle) return null;
  const titleKey = pageTitle.replace(/\s+/g, ' ').trim();
  for (const headline of headlines) {
    const clean = headline?.replace(/\s+/g, ' ').trim();
    if (!clean || clean.length < 4 || clean === titleKey) continue;
    // The site's name is the shorter part (or a few words): where the <h1> is the site's banner, the rest is the
    // headline.
    const site = (rest: string, framed: string): string | null =>
      rest !== '' && rest !== framed && (rest.length < clean.length || (/\s/.test(rest) && !CJK.test(rest) && rest.split(/\s+/).length <= 5)) ? rest : null;
    if (titleKey.startsWith(clean)) {
      const after = titleKey.slice(clean.length);
      const found = site(after.replace(/^\s*(?:[-–—|·»:/_｜]|::)+\s*|\s*::\s*$/gu, '').trim(), after.trim());
      if (found) return found;
    }
    if (titleKey.endsWith(clean)) {
      const before = titleKey.slice(0, -clean.length);
      const found = site(before.replace(/\s*(?:[-–—|·»:/_｜]|::)+\s*$|^\s*::\s*/gu, '').trim(), before.trim());
      if (found) return found;
    }
  }
  return null;
}

/** A site's name from its host, when the page gives none: `www.tmz.com` → "TMZ", `pastebin.com` → "Pastebin". */
export function nameFromHost(host: string | null): string | null {
  const label = hostLabels(host)[0];
  if (!label) return null;
  return label.length <= 4 ? label.toUpperCase() : label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * A source as a name: an address becomes its site's name (`http://www.tmz.com` → "TMZ"); "… powered by …" and a
 * reading in brackets ("BUZZAP！（バザップ！）") go. Null when nothing is left.
 */
export function sourceName(value: string | null | undefined): string | null {
  const clean = value?.replace(/\s+/g, ' ').trim();
  if (!clean) return null;
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(clean)) return nameFromHost(hostOf(/^www\./i.test(clean) ? `http://${clean}` : clean));
  const named = clean
    .replace(/\s+powered by\s+.*$/i, '')
    .replace(/(?<=\S)\s*[（(][\p{Script=Hiragana}\p{Script=Katakana}ー・！!\s]+[）)]$/u, '')
    // "Bloomberg.com", "NPR.org", "Le Monde.fr": the brand, without its domain ending ("AL.com", "WIRED.jp" stay).
    .replace(/(?<=[\p{L}\p{N}]{3,})\.(?:com|org|net|fr|ca|co\.uk)$/iu, '')
    .trim();
  return named === '' ? null : named;
}

/**
 * A site name that carries a tagline or a section ("Raw Story - Celebrating 18 Years of Independent Journalism",
 * "電子書籍 | BOOK☆WALKER"): the part that names the host, else the first part.
 */
export function siteNameWithoutTagline(name: string | null, host: string | null): string | null {
  if (!name) return null;
  const parts = name.split(/\s+[-–—|·]\s+|\s*[｜]\s*/u).map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length < 2) return name;
  return parts.find((part) => namesSite(part, [], host)) ?? parts[0] ?? name;
}
