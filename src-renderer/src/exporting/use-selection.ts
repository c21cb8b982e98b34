/** Which articles of the library are ticked for "Export selected": a set of ids, toggled one at a time. */
import { useCallback, useState } from 'react';

export interface Selection {
  selected: ReadonlySet<string>;
  toggle: (id: string) => void;
  clear: () => void;
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
  return { selected, toggle, clear };
}
