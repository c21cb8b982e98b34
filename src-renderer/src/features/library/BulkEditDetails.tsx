/** Edit details… among the selection's actions: the button, and the dialog it opens for the selected articles. */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BulkEditDialog } from './BulkEditDialog';

export function BulkEditDetails({ articleIds, disabled }: { articleIds: readonly string[]; disabled: boolean }) {
  const { t } = useTranslation('library');
  const [open, setOpen] = useState<readonly string[] | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" disabled={disabled} onClick={() => setOpen([...articleIds])}>
        {t('bulkEditDetails')}
      </button>
      {open && <BulkEditDialog articleIds={open} onClose={() => setOpen(null)} returnFocus={() => button.current?.focus()} />}
    </>
  );
}
