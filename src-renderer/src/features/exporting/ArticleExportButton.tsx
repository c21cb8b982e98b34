/** Export… in the reader's bar: this one article (with its images, notes and highlights) as a bundle. */
import { useDb } from '../../data/db-context';
import { articlePlan } from './export-plans';
import { startExport, useExportState } from './export-store';

export function ArticleExportButton({ articleId, title }: { articleId: string; title: string }) {
  const db = useDb();
  const busy = useExportState().phase === 'busy';
  return (
    <button type="button" disabled={busy} onClick={() => void startExport(db, articlePlan(articleId, title))}>
      Export…
    </button>
  );
}
