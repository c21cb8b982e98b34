/** F6 and Shift+F6 (next-pane, previous-pane): the focus moves between the window's panes (ui/panes.ts). */
import { useEffect } from 'react';
import { cyclePanes, rememberPaneFocus } from '../../ui/panes';
import { useReaderCommand } from '../../ui/use-reader-command';

export function usePaneCycle(): void {
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => rememberPaneFocus(event.target);
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);
  useReaderCommand(['next-pane', 'previous-pane'], (command) => cyclePanes(command === 'next-pane' ? 1 : -1));
}
