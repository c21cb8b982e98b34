import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

// The menu module imports electron, which cannot load in plain Node: give it the names it reads.
vi.mock('electron', () => ({ app: { name: 'Offprint' }, BrowserWindow: {}, Menu: {} }));
const { buildMenuTemplate } = await import('../../../../src-main/app/menu');
const { createI18n } = await import('../../../../src-shared/i18n');
const english = createI18n('en').getFixedT(null, 'menu');

describe('View → Notes', () => {
  it('is in the View menu with its accelerator, on every system', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const view = buildMenuTemplate(platform, false, english).find((m) => m.label === '&View');
      const notes = (view?.submenu as MenuItemConstructorOptions[]).find((i) => i.label === 'Notes');
      expect(notes).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+N' });
      expect(typeof notes?.click).toBe('function');
    }
  });
});
