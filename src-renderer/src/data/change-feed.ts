/**
 * Which articles changed, observed from outside the repositories: Dexie hooks on articles, notes and highlights collect the
 * article ids a transaction touches, and hand them over once it has committed (an import chunk, a delete with its
 * notes, a note added: one call each). An aborted transaction hands nothing over.
 */
import type { Transaction } from 'dexie';
import type { ArticleRecord, HighlightRecord, NoteRecord, OffprintDatabase } from './database';

export type ChangeListener = (articleIds: ReadonlySet<string>) => void;

export function watchLibrary(db: OffprintDatabase, onChange: ChangeListener): () => void {
  const pending = new WeakMap<Transaction, Set<string>>();
  const touch = (id: string | undefined, trans: Transaction): void => {
    if (typeof id !== 'string') return;
    let ids = pending.get(trans);
    if (!ids) {
      const fresh = new Set<string>();
      ids = fresh;
      pending.set(trans, fresh);
      trans.on('complete', () => onChange(fresh));
    }
    ids.add(id);
  };
  const articleCreating = (key: string, _obj: ArticleRecord, trans: Transaction): void => touch(key, trans);
  const articleUpdating = (_mods: object, key: string, _obj: ArticleRecord, trans: Transaction): void => touch(key, trans);
  const articleDeleting = (key: string, _obj: ArticleRecord, trans: Transaction): void => touch(key, trans);
  const noteCreating = (_key: string, note: NoteRecord, trans: Transaction): void => touch(note.articleId, trans);
  const noteUpdating = (mods: object, _key: string, note: NoteRecord, trans: Transaction): void => {
    touch(note.articleId, trans);
    const moved = (mods as Partial<NoteRecord>).articleId;
    if (typeof moved === 'string') touch(moved, trans);
  };
  const noteDeleting = (_key: string, note: NoteRecord, trans: Transaction): void => touch(note?.articleId, trans);
  // A highlight never moves between articles: its article is the one touched.
  const highlightCreating = (_key: string, highlight: HighlightRecord, trans: Transaction): void => touch(highlight.articleId, trans);
  const highlightUpdating = (_mods: object, _key: string, highlight: HighlightRecord, trans: Transaction): void =>
    touch(highlight.articleId, trans);
  const highlightDeleting = (_key: string, highlight: HighlightRecord, trans: Transaction): void => touch(highlight?.articleId, trans);

  db.articles.hook('creating', articleCreating);
  db.articles.hook('updating', articleUpdating);
  db.articles.hook('deleting', articleDeleting);
  db.notes.hook('creating', noteCreating);
  db.notes.hook('updating', noteUpdating);
  db.notes.hook('deleting', noteDeleting);
  db.highlights.hook('creating', highlightCreating);
  db.highlights.hook('updating', highlightUpdating);
  db.highlights.hook('deleting', highlightDeleting);
  return () => {
    db.articles.hook('creating').unsubscribe(articleCreating);
    db.articles.hook('updating').unsubscribe(articleUpdating);
    db.articles.hook('deleting').unsubscribe(articleDeleting);
    db.notes.hook('creating').unsubscribe(noteCreating);
    db.notes.hook('updating').unsubscribe(noteUpdating);
    db.notes.hook('deleting').unsubscribe(noteDeleting);
    db.highlights.hook('creating').unsubscribe(highlightCreating);
    db.highlights.hook('updating').unsubscribe(highlightUpdating);
    db.highlights.hook('deleting').unsubscribe(highlightDeleting);
  };
}
