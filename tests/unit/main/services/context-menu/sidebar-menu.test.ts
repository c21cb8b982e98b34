/**
 * The menu of a sidebar tag or collection (app:popupSidebarMenu): main labels the requested items in the
 * interface's language, naming what they act on; Merge into… is a tag's only; ids and kinds outside the
 * contract's lists are refused before any menu shows (the renderer never sends labels).
 */
import { describe, expect, it, vi } from 'vitest';
import type { BridgeHost } from '../../../../../src-main/services/bridge-handlers';
import { buildSidebarMenu } from '../../../../../src-main/services/context-menu/sidebar-menu';
import { createI18n } from '../../../../../src-shared/i18n';
import { handlersWithMenus } from '../support/menu-host';

const ALL = ['rename', 'merge', 'delete'] as const;
const english = createI18n('en').getFixedT(null, 'menu');
const labels = (kind: 'tag' | 'collection', locale: Parameters<typeof createI18n>[0]) =>
  buildSidebarMenu({ kind, items: [...ALL] }, createI18n(locale).getFixedT(null, 'menu')).map((entry) => entry.label);

describe('buildSidebarMenu', () => {
  it('offers a tag Rename, Merge into and Delete, in the order asked for, each enabled', () => {
    expect(buildSidebarMenu({ kind: 'tag', items: ['delete', 'rename', 'merge'] }, english)).toEqual([
      { id: 'delete', label: 'Delete Tag…', enabled: true },
      { id: 'rename', label: 'Rename Tag…', enabled: true },
      { id: 'merge', label: 'Merge into Another Tag…', enabled: true },
    ]);
  });

  it('leaves Merge out of a collection’s menu and lists a repeated id once', () => {
    expect(buildSidebarMenu({ kind: 'collection', items: ['rename', 'merge', 'delete', 'rename'] }, english)).toEqual([
      { id: 'rename', label: 'Rename Collection…', enabled: true },
      { id: 'delete', label: 'Delete Collection…', enabled: true },
    ]);
  });

  it('speaks the interface’s language', () => {
    expect(labels('tag', 'de')).toEqual(['Schlagwort umbenennen …', 'Mit anderem Schlagwort zusammenführen …', 'Schlagwort löschen …']);
    expect(labels('collection', 'ja')).toEqual(['コレクションの名前を変更…', 'コレクションを削除…']);
    expect(labels('collection', 'ar')).toEqual(['إعادة تسمية المجموعة…', 'حذف المجموعة…']);
  });
});

describe('app:popupSidebarMenu', () => {
  function handlers(choice: BridgeHost['popupSidebarMenu']) {
    const popupSidebarMenu = vi.fn<BridgeHost['popupSidebarMenu']>(choice);
    return { popup: handlersWithMenus({ popupSidebarMenu })['app:popupSidebarMenu'], popupSidebarMenu };
  }

  it('shows the menu and answers with the chosen item, or null when dismissed', async () => {
    const { popup, popupSidebarMenu } = handlers(async () => 'rename');
    const request = { kind: 'collection', items: ['rename', 'delete'] };
    expect(await popup(request)).toEqual({ ok: true, value: 'rename' });
    expect(popupSidebarMenu).toHaveBeenCalledWith(request);
    expect(await handlers(async () => null).popup({ kind: 'tag', items: [...ALL] })).toEqual({ ok: true, value: null });
  });

  it.each([
    ['an unknown id', { kind: 'tag', items: ['rename', 'format-disk'] }],
    ['an unknown kind', { kind: 'article', items: ['delete'] }],
    ['no kind', { items: ['delete'] }],
    ['a label instead of an id', { kind: 'tag', items: [{ id: 'rename', label: 'Click me' }] }],
    ['no items', { kind: 'tag', items: [] }],
    ['more items than the contract has', { kind: 'tag', items: ['rename', 'rename', 'merge', 'delete'] }],
    ['an extra field', { kind: 'tag', items: ['rename'], name: 'essays' }],
    ['no request', undefined],
  ])('refuses %s without showing a menu', async (_name, request) => {
    const { popup, popupSidebarMenu } = handlers(async () => 'delete');
    expect(await popup(request as never)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(popupSidebarMenu).not.toHaveBeenCalled();
  });
});
