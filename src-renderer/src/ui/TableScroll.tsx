/**
 * The box a table of an article sits in: a table wider than the column scrolls sideways inside it (never the
 * page), with shadows at the edges where there is more (reader.css). Keyboard users can focus it to scroll.
 */
import type { ReactNode } from 'react';

/** The box's class, also given by the HTML body's preparation (features/reader/prepare-html.ts). */
export const TABLE_SCROLL_CLASS = 'table-scroll';

export function TableScroll({ children }: { children: ReactNode }) {
  return (
    <div className={TABLE_SCROLL_CLASS} tabIndex={0}>
      {children}
    </div>
  );
}
