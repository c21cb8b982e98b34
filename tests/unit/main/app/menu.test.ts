import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

// The menu module imports electron, which cannot load in plain Node: give it the two names it reads.
const opened = vi.hoisted(() => ({ paths: [] as string[], problem: '', boxes: [] as { message?: string; detail?: string }[] }));
vi.mock('electron', () => ({
  app: { name: 'Offprint', getPath: (name: string) => `/profile/${name}` },
  BrowserWindow: { getFocusedWindow: () => null, getAllWindows: () => [] },
  Menu: {},
  shell: {
    openPath: async (path: string) => {
      opened.paths.push(path);
      return opened.problem;
    },
  },
  dialog: { showMessageBox: async (options: { message?: string; detail?: string }) => void opened.boxes.push(options) },
}));
const { buildMenuTemplate: buildIn } = await import('../../../../src-main/app/menu');
const { createI18n } = await import('../../../../src-shared/i18n');
const buildMenuTemplate = (platform: NodeJS.Platform, devTools: boolean, locale: 'en' | 'de' | 'zh-Hans' = 'en') =>
  buildIn(platform, devTools, createI18n(locale).getFixedT(null, 'menu'));

function items(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((m) => m.label?.replace('&', '') === label);
  return (menu?.submenu ?? []) as MenuItemConstructorOptions[];
}

describe('application menu', () => {
  it('has File → Import… and the View zoom items with the usual accelerators', () => {
    const template = buildMenuTemplate('linux', false);
    expect(items(template, 'File')[0]).toMatchObject({ label: 'Import…', accelerator: 'CmdOrCtrl+O' });
    const view = items(template, 'View');
    expect(view.slice(0, 3).map((i) => [i.label, i.accelerator])).toEqual([
      ['Zoom In', 'CmdOrCtrl+='],
      ['Zoom Out', 'CmdOrCtrl+-'],
      ['Actual Size', 'CmdOrCtrl+0'],
    ]);
    // Never Electron's page zoom roles.
    expect(view.some((i) => i.role === 'zoomIn' || i.role === 'zoomOut' || i.role === 'resetZoom')).toBe(false);
  });

  it('has File → Back Up Now, Restore from Backup… and Backups… together, after Export Library…', () => {
    const labels = items(buildMenuTemplate('linux', false), 'File').map((i) => i.label ?? '-');
    const at = labels.indexOf('Back Up Now');
    expect(at).toBeGreaterThan(labels.indexOf('Export Library…'));
    expect(labels.slice(at, at + 3)).toEqual(['Back Up Now', 'Restore from Backup…', 'Backups…']);
  });

  it('follows each system: an app menu on macOS, Quit under File elsewhere', () => {
    const mac = buildMenuTemplate('darwin', false);
    expect(mac[0]?.label).toBe('Offprint');
    expect(items(mac, 'File').some((i) => i.role === 'quit')).toBe(false);
    const win = buildMenuTemplate('win32', false);
    expect(win[0]?.label).toBe('&File');
    expect(items(win, 'File').some((i) => i.role === 'quit')).toBe(true);
  });

  it('has the reader\'s items: Find in Article…, Next / Previous Article, Keyboard Shortcuts, sending their commands', () => {
    const template = buildMenuTemplate('linux', false);
    const find = items(template, 'Edit').find((i) => i.label === 'Find in Article…');
    expect(find?.accelerator).toBe('CmdOrCtrl+F');
    expect(items(template, 'Edit').some((i) => i.role === 'copy')).toBe(true);
    const view = items(template, 'View');
    // No accelerator for the single letters: a menu accelerator would take them from text fields too.
    expect(view.find((i) => i.label === 'Next Article')?.accelerator).toBeUndefined();
    expect(view.some((i) => i.label === 'Previous Article')).toBe(true);
    expect(items(template, 'Help').some((i) => i.label === 'Keyboard Shortcuts')).toBe(true);
  });

  it('has File → Back Up Now (a command for the renderer) and Help → Show Library Folder (opened by main)', () => {
    const template = buildMenuTemplate('linux', false);
    const backUp = items(template, 'File').find((i) => i.label === 'Back Up Now');
    expect(backUp?.click).toBeTypeOf('function');
    const show = items(template, 'Help').find((i) => i.label === 'Show Library Folder');
    (show?.click as () => void)();
    expect(opened.paths).toEqual(['/profile/userData']);
  });

  it('says so, with the folder, when the system cannot show the library folder', async () => {
    opened.problem = 'Failed to open path';
    const show = items(buildMenuTemplate('linux', false, 'de'), 'Hilfe').find((i) => i.id === 'show-library-folder');
    (show?.click as () => void)();
    await vi.waitFor(() => expect(opened.boxes).toHaveLength(1));
    expect(opened.boxes[0]).toMatchObject({
      message: 'Offprint konnte den Bibliotheksordner nicht im Dateimanager öffnen.',
      detail: 'Der Ordner ist /profile/userData\n\nFailed to open path',
    });
    opened.problem = '';
  });

  it('offers developer tools only in development', () => {
    expect(items(buildMenuTemplate('linux', false), 'View').some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(items(buildMenuTemplate('linux', true), 'View').some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('is in the interface language, with the same accelerators', () => {
    const german = buildMenuTemplate('linux', false, 'de');
    expect(german.map((menu) => menu.label)).toEqual(['&Datei', '&Bearbeiten', '&Darstellung', '&Fenster', '&Hilfe']);
    expect(items(german, 'Datei')[0]).toMatchObject({ label: 'Importieren …', accelerator: 'CmdOrCtrl+O' });
    const chinese = buildMenuTemplate('win32', false, 'zh-Hans');
    expect(chinese.map((menu) => menu.label)).toEqual(['文件(&F)', '编辑(&E)', '显示(&V)', '窗口(&W)', '帮助(&H)']);
  });
});
