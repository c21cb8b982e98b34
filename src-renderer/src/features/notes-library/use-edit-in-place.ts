/** Whether an entry's editor is open, and the keyboard focus back on its Edit button once it closes. */
import { useEffect, useRef, useState } from 'react';

export function useEditInPlace() {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const closed = useRef(false);
  useEffect(() => {
    if (editing || !closed.current) return;
    closed.current = false;
    editButton.current?.focus();
  }, [editing]);
  return {
    editing,
    editButton,
    open: () => setEditing(true),
    close: () => {
      closed.current = true;
      setEditing(false);
    },
  };
}
