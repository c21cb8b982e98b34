/**
 * The library row's menu (app:popupRowMenu): main labels the requested items in the interface's language, Open
 * only for one row, and refuses ids outside the contract's list (the renderer never sends labels).
 */
import { describe, expect, it, vi } from 'vitest';
import type { BridgeHost } from '../../../../../src-main/services/bridge-handlers';
import { buildRowMenu } from '../../../../../src-main/services/context-menu/row-menu';
import { createI18n } from '../../../../../src-shared/i18n';
import { handlersWithMenus } from '../support/menu-host';

const german = createI18n('de').getFixedT(null, 'menu');
const ALL = ['open', 'add-to-collection', 'export', 'delete'] as const;
const NONE_SET = { read: false, favourite: false, archived: false };
const STATES = ['toggle-read', 'toggle-favourite', 'toggle-archive'] as const;

describe('buildRowMenu', () => {
  it('labels every item in German, in the order asked for', () => {
    expect(buildRowMenu({ items: [...ALL], rowCount: 1, states: NONE_SET }, german)).toEqual([
      { id: 'open', label: 'Öffnen', enabled: true },
      { id: 'add-to-collection', label: 'Zu Sammlung hinzufügen …', enabled: true },
      { id: 'export', label: 'Exportieren …', enabled: true },
      { id: 'delete', label: 'Löschen', enabled: true },
    ]);
  });

  it('offers Download Article Text, unavailable while downloading article text is switched off', () => {
    const item = (downloadAllowed?: boolean) =>
      buildRowMenu({ items: ['download-text'], rowCount: 2, states: NONE_SET, ...(downloadAllowed === undefined ? {} : { downloadAllowed }) }, german);
    expect(item()).toEqual([{ id: 'download-text', label: 'Artikeltext herunterladen', enabled: true }]);
    expect(item(true)[0]?.enabled).toBe(true);
    expect(item(false)[0]?.enabled).toBe(false);
  });

  it('disables Open for several rows and lists a repeated id once', () => {
    const entries = buildRowMenu({ items: ['open', 'delete', 'delete'], rowCount: 3, states: NONE_SET }, german);
    expect(entries.map((entry) => [entry.id, entry.enabled])).toEqual([
      ['open', false],
      ['delete', true],
    ]);
  });

  it('labels the reading states by what choosing them will do', () => {
    const english = createI18n('en').getFixedT(null, 'menu');
    const labels = (states: typeof NONE_SET, t = english) => buildRowMenu({ items: [...STATES], rowCount: 2, states }, t).map((e) => e.label);
    expect(labels(NONE_SET)).toEqual(['Mark as Read', 'Favourite', 'Archive']);
    expect(labels({ read: true, favourite: true, archived: true })).toEqual(['Mark as Unread', 'Remove from Favourites', 'Move out of Archive']);
    expect(labels({ read: true, favourite: false, archived: true }, german)).toEqual([
      'Als ungelesen markieren',
      'Als Favorit markieren',
      'Aus dem Archiv holen',
    ]);
  });
});

describe('app:popupRowMenu', () => {
  function handlers(choice: BridgeHost['popupRowMenu']) {
    const popupRowMenu = vi.fn<BridgeHost['popupRowMenu']>(choice);
    return { popup: handlersWithMenus({ popupRowMenu })['app:popupRowMenu'], popupRowMenu };
  }

  it('shows the menu and answers with the chosen item', async () => {
    const { popup, popupRowMenu } = handlers(async () => 'delete');
    const request = { items: ['open', 'toggle-favourite', 'delete'], rowCount: 1, states: { read: true, favourite: false, archived: false } };
    expect(await popup(request)).toEqual({ ok: true, value: 'delete' });
    expect(popupRowMenu).toHaveBeenCalledWith(request);
  });

  it.each([
    ['an unknown id', { items: ['open', 'format-disk'], rowCount: 1, states: NONE_SET }],
    ['a label instead of an id', { items: [{ id: 'open', label: 'Click me' }], rowCount: 1, states: NONE_SET }],
    ['no items', { items: [], rowCount: 1, states: NONE_SET }],
    ['no rows', { items: ['open'], rowCount: 0, states: NONE_SET }],
    ['an extra field', { items: ['open'], rowCount: 1, states: NONE_SET, labels: ['Open'] }],
    ['no reading states', { items: ['toggle-read'], rowCount: 1 }],
    ['a reading state that is not true or false', { items: ['toggle-read'], rowCount: 1, states: { ...NONE_SET, read: 'yes' } }],
    ['a label among the states', { items: ['toggle-read'], rowCount: 1, states: { ...NONE_SET, label: 'Mark as Read' } }],
  ])('refuses %s without showing a menu', async (_name, request) => {
    const { popup, popupRowMenu } = handlers(async () => 'open');
    expect(await popup(request)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(popupRowMenu).not.toHaveBeenCalled();
  });
});
