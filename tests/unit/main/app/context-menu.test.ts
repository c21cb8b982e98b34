/** The Electron glue of the context menu, with Electron replaced by recorders: what is built, popped up and run. */
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { BridgeHost } from '../../../../src-main/services/bridge-handlers';

const built: MenuItemConstructorOptions[][] = [];
const popups: unknown[] = [];
const clipboardText: string[] = [];
vi.mock('electron', () => ({
  BrowserWindow: { fromWebContents: () => ({ id: 1 }) },
  Menu: {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => {
      built.push(template);
      return { popup: (options: unknown) => popups.push(options) };
    },
  },
  clipboard: { writeText: (text: string) => clipboardText.push(text) },
}));
const { installContextMenu } = await import('../../../../src-main/app/context-menu');
const { ContextMenuReports } = await import('../../../../src-main/services/context-menu/context-reports');
const { lastUserGestureAt } = await import('../../../../src-main/app/user-gestures');
const { shellHandlers } = await import('../../../../src-main/services/handlers/shell-handlers');

const FLAGS = { canUndo: true, canRedo: false, canCut: true, canCopy: true, canPaste: true, canSelectAll: true };

function fakeContents() {
  const contents = Object.assign(new EventEmitter(), {
    isDestroyed: () => false,
    send: vi.fn(),
    cut: vi.fn(),
    undo: vi.fn(),
    replaceMisspelling: vi.fn(),
    copyImageAt: vi.fn(),
    session: { addWordToSpellCheckerDictionary: vi.fn(() => true) },
  });
  return contents;
}

function rightClick(contents: EventEmitter, over: Record<string, unknown>): MenuItemConstructorOptions[] {
  const before = built.length;
  contents.emit('context-menu', {}, {
    x: 50,
    y: 60,
    frame: null,
    isEditable: false,
    editFlags: FLAGS,
    selectionText: '',
    misspelledWord: '',
    dictionarySuggestions: [],
    linkURL: '',
    mediaType: 'none',
    hasImageContents: false,
    ...over,
  });
  return built.length > before ? built.at(-1)! : [];
}

function click(template: MenuItemConstructorOptions[], id: string): void {
  const found = template.find((item) => item.id === id);
  if (!found?.click) throw new Error(`no item ${id}`);
  (found.click as () => void)();
}

describe('the native context menu in Electron', () => {
  let contents: ReturnType<typeof fakeContents>;
  let reports: InstanceType<typeof ContextMenuReports>;
  const openExternal = vi.fn(async () => ({ ok: true as const, value: null }));

  beforeEach(() => {
    built.length = 0;
    popups.length = 0;
    clipboardText.length = 0;
    openExternal.mockClear();
    contents = fakeContents();
    reports = new ContextMenuReports();
    installContextMenu(contents as never, { reports, openExternal });
  });

  it('pops up the described menu at the click; editing runs on the web contents, spelling on its session', () => {
    const menu = rightClick(contents, { isEditable: true, misspelledWord: 'teh', dictionarySuggestions: ['the'] });
    expect(menu.map((item) => item.label ?? item.type)).toEqual([
      'the', 'Add to Dictionary', 'separator', 'Undo', 'Redo', 'separator', 'Cut', 'Copy', 'Paste', 'separator', 'Select All',
    ]);
    expect(menu.find((item) => item.id === 'edit:redo')?.enabled).toBe(false);
    expect(popups).toEqual([{ window: { id: 1 }, x: 50, y: 60 }]);
    click(menu, 'edit:cut');
    click(menu, 'spelling:suggestion:0');
    click(menu, 'spelling:add');
    expect(contents.cut).toHaveBeenCalledOnce();
    expect(contents.replaceMisspelling).toHaveBeenCalledWith('the');
    expect(contents.session.addWordToSpellCheckerDictionary).toHaveBeenCalledWith('teh');
  });

  it('offers highlighting only for the right-click the page reported, and sends the command to the renderer', () => {
    expect(rightClick(contents, { selectionText: 'law' }).some((item) => item.id === 'highlight:blue')).toBe(false);
    reports.report({ x: 50, y: 61, articleSelection: true });
    const menu = rightClick(contents, { selectionText: 'law' });
    click(menu, 'highlight:blue');
    click(menu, 'search-library');
    expect(contents.send.mock.calls).toEqual([
      ['context-menu:command', { kind: 'highlight', color: 'blue' }],
      ['context-menu:command', { kind: 'search-library', text: 'law' }],
    ]);
  });

  it('opens a link through shell:openExternal, as a gesture main saw; copies its address and images', () => {
    const menu = rightClick(contents, { linkURL: 'https://example.org/', mediaType: 'image', hasImageContents: true });
    const before = Date.now();
    click(menu, 'link:open');
    expect(openExternal).toHaveBeenCalledWith('https://example.org/');
    expect(lastUserGestureAt()).toBeGreaterThanOrEqual(before);
    click(menu, 'link:copy');
    expect(clipboardText).toEqual(['https://example.org/']);
    click(menu, 'image:copy');
    expect(contents.copyImageAt).toHaveBeenCalledWith(50, 60);
  });

  it('Open Link in Browser passes shell:openExternal’s gate as the person’s gesture, and asks before it opens', async () => {
    const opened: string[] = [];
    const asked: string[] = [];
    // A minute after any earlier input (the clock of the gate and of the gestures alike): only the click on the
    // item can count as a gesture.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 60_000);
    // The shell handlers read only the link-opening parts of the host.
    const linkHost: Pick<BridgeHost, 'trustedSitesFile' | 'lastUserGestureAt' | 'confirmOpenExternal' | 'openExternal'> = {
      trustedSitesFile: '/nonexistent/offprint-trusted-sites.json',
      lastUserGestureAt,
      confirmOpenExternal: async ({ url }) => {
        asked.push(url);
        return { open: true, alwaysOpenSite: false };
      },
      openExternal: async (url) => {
        opened.push(url);
      },
    };
    const handlers = shellHandlers(linkHost as BridgeHost);
    const real = fakeContents();
    installContextMenu(real as never, { reports, openExternal: (url) => handlers['shell:openExternal'](url) });
    try {
      expect(await handlers['shell:openExternal']('https://example.org/page')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      click(rightClick(real, { linkURL: 'https://example.org/page' }), 'link:open');
      await vi.waitFor(() => expect(opened).toEqual(['https://example.org/page']));
      expect(asked).toEqual(['https://example.org/page']);
      // That gesture is used up by its link: the page cannot open another on it.
      expect(await handlers['shell:openExternal']('https://example.org/other')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows nothing where there is nothing to offer', () => {
    expect(rightClick(contents, {})).toEqual([]);
    expect(popups).toEqual([]);
  });
});
