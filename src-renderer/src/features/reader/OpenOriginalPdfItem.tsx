/**
 * "Open the original PDF" in the reader bar's More menu, for an article imported from a PDF: its kept original goes
 * to main, which opens it in the system's PDF viewer; a failure (main's, or the viewer's) is shown as the reader's
 * error. When the PDF was too large to keep, the item says so instead.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { FileText } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ORIGINAL_PDF_BYTES } from '../../../../src-shared/article/original-pdf';
import { formatSize } from '../../../../src-shared/format/format';
import { bridge, unwrap } from '../../data/bridge';
import { useDb } from '../../data/db-context';
import { hasOriginalPdf, readOriginalPdf } from '../../data/original-pdf-repo';
import { MenuItem } from './ReaderMoreMenu';

interface Props {
  articleId: string;
  onError: (error: unknown) => void;
}

export function OpenOriginalPdfItem({ articleId, onError }: Props) {
  const db = useDb();
  const { t } = useTranslation('reader');
  const kept = useLiveQuery(() => hasOriginalPdf(db, articleId), [db, articleId]);
  const [busy, setBusy] = useState(false);
  const open = async () => {
    setBusy(true);
    try {
      const bytes = await readOriginalPdf(db, articleId);
      if (!bytes) throw new Error(t('originalPdfNotKept', { size: formatSize(MAX_ORIGINAL_PDF_BYTES) }));
      unwrap(await bridge().shell.openOriginalPdf(bytes));
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <MenuItem className="menu-item with-icon" disabled={busy || kept === undefined} onSelect={() => void open()}>
      <FileText aria-hidden="true" size={16} />
      {t('openOriginalPdf')}
    </MenuItem>
  );
}
