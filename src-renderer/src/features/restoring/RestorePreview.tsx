/** What Merge and Replace would change, in words (restore-plan.ts computed it). */
import type { RestorePlan } from '../../../../src-shared/restore/restore-plan';
import { formatCount } from '../importing';

function count(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

export function RestorePreview({ name, plan, failures }: { name: string; plan: RestorePlan; failures: number }) {
  const { merge, replace } = plan;
  return (
    <section className="restore-preview" aria-label="What would change">
      <p>
        <strong>{name}</strong>
      </p>
      <h3>Merge</h3>
      <ul aria-label="Merge">
        <li>{count(merge.articlesAdded, 'article added', 'articles added')}</li>
        <li>{count(merge.articlesPresent, 'article already in the library (kept as it is)', 'articles already in the library (kept as they are)')}</li>
        <li>{count(merge.notesAdded, 'note added', 'notes added')}</li>
        <li>{count(merge.notesNewer, 'note updated to its newer version', 'notes updated to their newer version')}</li>
        <li>{count(merge.highlightsAdded, 'highlight added', 'highlights added')}</li>
        <li>Nothing is deleted.</li>
      </ul>
      <h3>Replace</h3>
      <ul aria-label="Replace">
        <li>The library is backed up first, into the Backups folder.</li>
        <li>{count(replace.articlesRemoved, 'article removed', 'articles removed')}</li>
        <li>{count(replace.notesRemoved, 'note removed', 'notes removed')}</li>
        <li>{count(replace.highlightsRemoved, 'highlight removed', 'highlights removed')}</li>
        {replace.notesOlder > 0 && <li>{count(replace.notesOlder, 'note goes back to its older text', 'notes go back to their older text')}</li>}
        {replace.collectionsRemoved > 0 && <li>{count(replace.collectionsRemoved, 'collection removed', 'collections removed')}</li>}
        <li>
          {count(replace.articlesRestored, 'article', 'articles')}, {count(replace.notesRestored, 'note', 'notes')} and{' '}
          {count(replace.highlightsRestored, 'highlight', 'highlights')} restored
        </li>
      </ul>
      {plan.removedTitles.length > 0 && <p>Replace removes, among others: {plan.removedTitles.join('; ')}</p>}
      {failures > 0 && <p role="note">{count(failures, 'part of the bundle cannot be read and would not be restored', 'parts of the bundle cannot be read and would not be restored')}.</p>}
    </section>
  );
}
