/**
 * Which articles of the library are ticked for "Export selected" and the bulk actions: a set of ids, toggled one
 * at a time or replaced at once ("Select all shown").
 */
import { useCallback, useState } from 'react';

export interface Selection {
  selected: ReadonlySet<string>;
  toggle: (id: string) => void;
  clear: () => void;
  replace: (ids: Iterable<string>) => void;
}

export function useSelection(): Selection {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = useCallback((id: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  const clear = useCallback(() => setSelected(new Set()), []);
  const replace = useCallback((ids: Iterable<string>) => setSelected(new Set(ids)), []);
  return { selected, toggle, clear, replace };
}
