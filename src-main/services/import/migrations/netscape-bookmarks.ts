/**
 * A browser's bookmarks file (the Netscape bookmark file format that Chrome, Edge, Firefox and Safari export, and
 * Pinboard and Raindrop too): `<!DOCTYPE NETSCAPE-Bookmark-file-1>`, then nested `<DL>` lists in which `<DT><H3>`
 * names a folder (the `<DL>` after it holds its bookmarks) and `<DT><A HREF="…" ADD_DATE="…" TAGS="a,b">title</A>`
 * is a bookmark. Its tags are never closed (`<DT>`, `<p>`), so it is read as a stream of tags rather than as a
 * document: each `<DL>` opens the folder the last `<H3>` named, each `</DL>` closes it. Pure.
 */

export interface Bookmark {
  /** Its place in the file, from 0. */
  index: number;
  href: string;
  title: string;
  /** The folders it is in, outermost first (the browser's own bars and menus left out). */
  folders: string[];
  /** TAGS, split at commas (Firefox's). */
  tags: string[];
  /** ADD_DATE as written: Unix time in seconds. */
  addDate: string;
}

const DOCTYPE = /^\s*<!DOCTYPE\s+NETSCAPE-Bookmark-file-1\s*>/i;

/** Whether the text (its first bytes are enough) is a Netscape bookmark file. */
export function isNetscapeBookmarks(head: string): boolean {
  return DOCTYPE.test(head.replace(/^\uFEFF/, ''));
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text with its character references decoded (the ones exporters write: named basics and numbers). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

const ATTRIBUTE = /([a-z_:][-a-z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

function attributesOf(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(ATTRIBUTE)) {
    found.set((match[1] ?? '').toUpperCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return found;
}

function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

/** Folders that are the browser's own places, not the reader's: the bookmarks bar and "Other bookmarks". */
function isBrowserFolder(attributes: Map<string, string>): boolean {
  return attributes.has('PERSONAL_TOOLBAR_FOLDER') || attributes.has('UNFILED_BOOKMARKS_FOLDER');
}

const TOKEN = /<(\/?)(dl|h3|a)\b([^>]*)>([\s\S]*?)(?=<\/?(?:dl|dt|dd|h3|a)\b|$)/gi;

export function readNetscapeBookmarks(text: string): Bookmark[] {
  const bookmarks: Bookmark[] = [];
  // The open folders: a name, or null for a list that no H3 named (the file's root) or that is the browser's own.
  const open: (string | null)[] = [];
  let named: string | null = null;
  for (const match of text.matchAll(TOKEN)) {
    const [, closing, tagName = '', attributeText = '', after = ''] = match;
    const tag = tagName.toLowerCase();
    if (tag === 'dl') {
      if (closing) open.pop();
      else open.push(named);
      named = null;
    } else if (tag === 'h3' && !closing) {
      const attributes = attributesOf(attributeText);
      const name = textOf(after.replace(/<\/h3>[\s\S]*$/i, ''));
      named = isBrowserFolder(attributes) || name === '' ? null : name;
    } else if (tag === 'a' && !closing) {
      const attributes = attributesOf(attributeText);
      bookmarks.push({
        index: bookmarks.length,
        href: (attributes.get('HREF') ?? '').trim(),
        title: textOf(after.replace(/<\/a>[\s\S]*$/i, '')),
        folders: open.filter((name): name is string => name !== null),
        tags: (attributes.get('TAGS') ?? '').split(',').map((tag) => tag.trim()).filter((tag) => tag !== ''),
        addDate: attributes.get('ADD_DATE') ?? '',
      });
    }
  }
  return bookmarks;
}
