import { describe, expect, it } from 'vitest';
import {
  buildContextMenu,
  SEARCH_TEXT_MAX,
  type ContextMenuEntry,
  type ContextMenuItem,
  type ContextMenuParamsSubset,
} from '../../../../../src-main/services/context-menu/build-context-menu';
import { contextMenuLabels } from '../../../../../src-main/services/context-menu/labels';
import { createI18n } from '../../../../../src-shared/i18n';

const NO_FLAGS = { canUndo: false, canRedo: false, canCut: false, canCopy: false, canPaste: false, canSelectAll: false };

function params(over: Partial<ContextMenuParamsSubset> = {}): ContextMenuParamsSubset {
  return {
    x: 120,
    y: 340,
    isEditable: false,
    editFlags: NO_FLAGS,
    selectionText: '',
    misspelledWord: '',
    dictionarySuggestions: [],
    linkURL: '',
    mediaType: 'none',
    ...over,
  };
}

const labels = contextMenuLabels(createI18n('en').getFixedT(null, 'menu'));
const outside = { articleSelection: false, labels };
const inArticle = { articleSelection: true, labels };

/** The menu as lines a person reads: "label" or "(label)" when disabled, "—" for a separator. */
function shown(entries: ContextMenuEntry[]): string[] {
  // The quoted selection is wrapped in bidi isolates (U+2068, U+2069), which a person does not see.
  return entries.map((e) => (e.type === 'separator' ? '—' : e.enabled ? e.label : `(${e.label})`).replace(/[\u2068\u2069]/g, ''));
}

function byId(entries: ContextMenuEntry[], id: string): ContextMenuItem {
  const found = entries.find((e): e is ContextMenuItem => e.type === 'item' && e.id === id);
  if (!found) throw new Error(`no item ${id} in ${shown(entries).join(' | ')}`);
  return found;
}

describe('the context menu of a text field', () => {
  it('offers Undo, Redo, Cut, Copy, Paste and Select All, each enabled as Chromium says', () => {
    const menu = buildContextMenu(
      params({ isEditable: true, editFlags: { ...NO_FLAGS, canUndo: true, canPaste: true, canSelectAll: true } }),
      outside,
    );
    expect(shown(menu)).toEqual(['Undo', '(Redo)', '—', '(Cut)', '(Copy)', 'Paste', '—', 'Select All']);
    expect(byId(menu, 'edit:paste').action).toEqual({ kind: 'edit', role: 'paste' });
  });

  it('puts spelling suggestions first, each replacing the word, then Add to Dictionary', () => {
    const menu = buildContextMenu(
      params({
        isEditable: true,
        editFlags: { ...NO_FLAGS, canCut: true, canCopy: true },
        selectionText: 'mispeled',
        misspelledWord: 'mispeled',
        dictionarySuggestions: ['misspelled', 'dispelled'],
      }),
      inArticle,
    );
    expect(shown(menu)).toEqual([
      'misspelled',
      'dispelled',
      'Add to Dictionary',
      '—',
      '(Undo)',
      '(Redo)',
      '—',
      'Cut',
      'Copy',
      '(Paste)',
      '—',
      '(Select All)',
    ]);
    expect(byId(menu, 'spelling:suggestion:1').action).toEqual({ kind: 'replace-misspelling', suggestion: 'dispelled' });
    expect(byId(menu, 'spelling:add').action).toEqual({ kind: 'add-to-dictionary', word: 'mispeled' });
  });

  it('says when there are no suggestions for a misspelled word, and offers at most five', () => {
    const none = buildContextMenu(params({ isEditable: true, misspelledWord: 'qzxv' }), outside);
    expect(shown(none).slice(0, 2)).toEqual(['(No Spelling Suggestions)', 'Add to Dictionary']);
    const many = buildContextMenu(
      params({ isEditable: true, misspelledWord: 'teh', dictionarySuggestions: ['the', 'tech', 'ten', 'tea', 'tel', 'tee', 'tej'] }),
      outside,
    );
    expect(many.filter((e) => e.type === 'item' && e.id.startsWith('spelling:suggestion:'))).toHaveLength(5);
  });

  it('never offers highlighting or searching in a text field, even with a selection the page called an article’s', () => {
    const menu = buildContextMenu(
      params({ isEditable: true, selectionText: 'a note I wrote', editFlags: { ...NO_FLAGS, canCopy: true } }),
      inArticle,
    );
    expect(menu.some((e) => e.type === 'item' && (e.id.startsWith('highlight:') || e.id === 'search-library'))).toBe(false);
  });
});

describe('the context menu of a selection in the page', () => {
  const selected = params({ selectionText: 'international law\n  enforcement cooperation', editFlags: { ...NO_FLAGS, canCopy: true } });

  it('in an article: Highlight in each colour, Highlight with Note, then Copy and Search the Library', () => {
    const menu = buildContextMenu(selected, inArticle);
    expect(shown(menu)).toEqual([
      'Highlight Yellow',
      'Highlight Green',
      'Highlight Blue',
      'Highlight Pink',
      'Highlight Purple',
      'Highlight with Note',
      '—',
      'Copy',
      'Search the Library for “international law enforcement…”',
    ]);
    expect(byId(menu, 'highlight:pink').action).toEqual({ kind: 'renderer', command: { kind: 'highlight', color: 'pink' } });
    expect(byId(menu, 'highlight:with-note').action).toEqual({ kind: 'renderer', command: { kind: 'highlight-with-note' } });
    // The whole selection is searched for, its white space made single spaces.
    expect(byId(menu, 'search-library').action).toEqual({
      kind: 'renderer',
      command: { kind: 'search-library', text: 'international law enforcement cooperation' },
    });
  });

  it('outside an article: Copy and Search the Library only', () => {
    expect(shown(buildContextMenu(selected, outside))).toEqual(['Copy', 'Search the Library for “international law enforcement…”']);
  });

  it('quotes a short selection whole and searches for at most SEARCH_TEXT_MAX characters of a long one', () => {
    expect(shown(buildContextMenu(params({ selectionText: '读书', editFlags: { ...NO_FLAGS, canCopy: true } }), outside))).toEqual([
      'Copy',
      'Search the Library for “读书”',
    ]);
    // A long one is cut at a space where there is one, anywhere in CJK text.
    const quote = (selectionText: string) => shown(buildContextMenu(params({ selectionText }), outside)).at(-1);
    expect(quote('one of the safest countries in the world')).toBe('Search the Library for “one of the safest countries…”');
    expect(quote('中国被认为是世界上最安全的国家之一，这是全球安全治理的重要组成部分和中国方案的贡献')).toBe(
      'Search the Library for “中国被认为是世界上最安全的国家之一，这是全球安全治理的重要…”',
    );
    const long = buildContextMenu(params({ selectionText: 'word '.repeat(200) }), inArticle);
    const search = byId(long, 'search-library').action;
    expect(search.kind === 'renderer' && search.command.kind === 'search-library' && [...search.command.text].length).toBe(SEARCH_TEXT_MAX);
  });

  it('offers nothing for white space alone, or for a click on nothing', () => {
    expect(buildContextMenu(params({ selectionText: ' \n\t ' }), inArticle)).toEqual([]);
    expect(buildContextMenu(params(), inArticle)).toEqual([]);
  });
});

describe('the context menu of a link and of an image', () => {
  it('a web link: Open Link in Browser and Copy Link Address, with the URL', () => {
    const menu = buildContextMenu(params({ linkURL: 'https://example.org/a?b=1' }), outside);
    expect(shown(menu)).toEqual(['Open Link in Browser', 'Copy Link Address']);
    expect(byId(menu, 'link:open').action).toEqual({ kind: 'open-link', url: 'https://example.org/a?b=1' });
    expect(byId(menu, 'link:copy').action).toEqual({ kind: 'copy-link', url: 'https://example.org/a?b=1' });
  });

  it('a link that may not leave the app, or the app’s own anchor, gets no link items', () => {
    for (const linkURL of ['file:///etc/hosts', 'javascript:alert(1)', 'offprint://app/index.html#section-2']) {
      expect(buildContextMenu(params({ linkURL }), outside)).toEqual([]);
    }
  });

  it('an image: Copy Image at the point of the click; a linked image with a selected caption gets every section', () => {
    const image = buildContextMenu(params({ mediaType: 'image', hasImageContents: true }), outside);
    expect(shown(image)).toEqual(['Copy Image']);
    expect(byId(image, 'image:copy').action).toEqual({ kind: 'copy-image', x: 120, y: 340 });
    expect(shown(buildContextMenu(params({ mediaType: 'image', hasImageContents: false }), outside))).toEqual(['(Copy Image)']);
    const all = buildContextMenu(
      params({ mediaType: 'image', linkURL: 'https://example.org/', selectionText: 'caption', editFlags: { ...NO_FLAGS, canCopy: true } }),
      inArticle,
    );
    expect(shown(all).filter((line) => line === '—')).toHaveLength(3);
    expect(shown(all).at(-1)).toBe('Copy Image');
  });

  it('gives every item of one menu its own id', () => {
    const menu = buildContextMenu(
      params({ mediaType: 'image', linkURL: 'https://example.org/', selectionText: 'caption', editFlags: { ...NO_FLAGS, canCopy: true } }),
      inArticle,
    );
    const ids = menu.flatMap((e) => (e.type === 'item' ? [e.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the context menu in another language', () => {
  it('is labelled in the interface language, with the quoted selection isolated from the label around it', () => {
    const zh = { articleSelection: true, labels: contextMenuLabels(createI18n('zh-Hans').getFixedT(null, 'menu')) };
    const menu = buildContextMenu(params({ selectionText: 'Offprint', editFlags: { ...NO_FLAGS, canCopy: true } }), zh);
    expect(byId(menu, 'highlight:yellow').label).toBe('用黄色高亮');
    expect(byId(menu, 'search-library').label).toBe('在文库中搜索“\u2068Offprint\u2069”');
    expect(byId(menu, 'edit:copy').label).toBe('拷贝');
  });
});
