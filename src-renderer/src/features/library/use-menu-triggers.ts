/**
 * What opens a context menu on part of the page (a library row, a sidebar entry): a right-click on it, or the
 * context-menu key / Shift+F10 while it has the focus. `targetOf` names what the event happened on (null: not
 * something with a menu, the event is left alone); `show` asks for the menu. Both events are then prevented, so
 * the browser does not send its own contextmenu event for the key, nor show the page's text menu.
 */
import { useCallback, type KeyboardEvent, type MouseEvent } from 'react';

export function isContextMenuKey(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  return event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10');
}

export function useMenuTriggers<T>(targetOf: (target: EventTarget) => T | null, show: (target: T) => Promise<void>) {
  const onContextMenu = useCallback(
    (event: MouseEvent) => {
      const target = targetOf(event.target);
      if (target === null) return;
      event.preventDefault();
      void show(target);
    },
    [targetOf, show],
  );

  /** True when the key opened the menu (the container's own keys then leave it alone). */
  const onKeyDown = useCallback(
    (event: KeyboardEvent): boolean => {
      const target = targetOf(event.target);
      if (target === null || !isContextMenuKey(event)) return false;
      event.preventDefault();
      void show(target);
      return true;
    },
    [targetOf, show],
  );

  return { onContextMenu, onKeyDown };
}
