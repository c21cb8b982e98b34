/**
 * The library row's context menu: a right-click on a row, or the context-menu key / Shift+F10 on a focused row,
 * asks main for its native menu (`app:popupRowMenu`: item ids, never labels) and carries out the chosen item
 * with the library's own actions: open, mark read or unread, favourite, archive (or undo those: main labels each
 * toggle by the rows' states, which the request carries), Download Article Text (when the rows include link-only entries), delete (with the Undo notice), export, or Add to
 * Collection… (the rows become the selection and the bulk actions' collection picker takes the focus). The menu acts on the whole
 * selection when the row is part of it, else on that row alone. One menu at a time.
 */
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowMenuItemId, RowStates } from '../../../../src-shared/contract';
import { ROW_MENU_ITEMS } from '../../../../src-shared/contract/row-menu';
import { bridge, unwrap } from '../../data/bridge';
import { useDb } from '../../data/db-context';
import { deleteArticles, type DeletedArticle } from '../../data/delete-repo';
import { linkOnlyLinks } from '../../data/link-only-repo';
import { setArchived, setFavourite, setRead } from '../../data/reading-states-repo';
import { useDownloadAllowed, useDownloadText } from '../downloading';
import { articlesPlan, startExport, type Selection } from '../exporting';
import { useMenuTriggers } from './use-menu-triggers';

/** The items, in the menu's order: the contract's closed list, in its order. */
export const ROW_MENU: RowMenuItemId[] = [...ROW_MENU_ITEMS];

interface Options {
  selection: Selection;
  /** The reading states of these rows (each set when every row has it). */
  statesOf: (ids: readonly string[]) => RowStates;
  onOpen: (articleId: string) => void;
  onDeleted: (deleted: DeletedArticle[]) => void;
  /** Add to Collection…: the rows are the selection now; the bulk actions' collection picker takes the focus. */
  onChooseCollection: () => void;
  onError: (error: unknown) => void;
}

/** The row the event happened in, by its article id. */
function rowArticleId(target: EventTarget): string | null {
  return target instanceof Element ? (target.closest<HTMLElement>('[data-article-id]')?.dataset['articleId'] ?? null) : null;
}

export function useRowContextMenu({ selection, statesOf, onOpen, onDeleted, onChooseCollection, onError }: Options) {
  const { t } = useTranslation('library');
  const db = useDb();
  const showing = useRef(false);
  const downloadAllowed = useDownloadAllowed();
  const download = useDownloadText(onError);

  const show = useCallback(
    async (articleId: string) => {
      if (showing.current) return;
      showing.current = true;
      const inSelection = selection.selected.has(articleId);
      const ids = inSelection ? [...selection.selected] : [articleId];
      try {
        const states = statesOf(ids);
        // Download Article Text only for rows that include link-only entries (only theirs is downloaded).
        const hasLinkOnly = (await linkOnlyLinks(db, ids)).length > 0;
        const items = ROW_MENU.filter((item) => item !== 'download-text' || hasLinkOnly);
        const chosen = unwrap(await bridge().app.popupRowMenu({ items, rowCount: ids.length, states, downloadAllowed: downloadAllowed !== false }));
        switch (chosen) {
          case 'open':
            onOpen(articleId);
            return;
          case 'toggle-read':
            await setRead(db, ids, !states.read);
            return;
          case 'toggle-favourite':
            await setFavourite(db, ids, !states.favourite);
            return;
          case 'toggle-archive':
            await setArchived(db, ids, !states.archived);
            return;
          case 'add-to-collection':
            selection.replace(ids);
            onChooseCollection();
            return;
          case 'download-text':
            download(ids);
            return;
          case 'export':
            if ((await startExport(db, articlesPlan(ids, t))).phase === 'done' && inSelection) selection.clear();
            return;
          case 'delete': {
            const deleted = await deleteArticles(db, ids);
            if (inSelection) selection.clear();
            onDeleted(deleted);
            return;
          }
          case null:
            return;
        }
      } catch (error) {
        onError(error);
      } finally {
        showing.current = false;
      }
    },
    [db, download, downloadAllowed, onChooseCollection, onDeleted, onError, onOpen, selection, statesOf, t],
  );

  return useMenuTriggers(rowArticleId, show);
}
