// fake-indexeddb first: Dexie finds IndexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getAnnotationGroup, listAnnotationGroups } from '../../../../src-renderer/src/data/notes-library-query';
import { addNote, deleteNote, listNotes, restoreNote, updateNote } from '../../../../src-renderer/src/data/notes-repo';
import { article } from '../../shared/notes-export/fixtures';
import { freshDb } from './support';

describe('the library notes query', () => {
  it('groups notes and highlights by article, newest activity first, leaving out those of deleted articles', async () => {
    const db = freshDb();
    await db.articles.bulkAdd([article({ id: 'old', title: 'Old' }), article({ id: 'new', title: 'New' }), article({ id: 'bare', title: 'Bare' })]);
    await addNote(db, 'old', 'early note', new Date('2024-01-01T00:00:00Z'));
    await addNote(db, 'new', 'middle note', new Date('2024-02-01T00:00:00Z'));
    await addNote(db, 'gone', 'orphan', new Date('2024-09-01T00:00:00Z'));
    await db.highlights.add({ id: 'h', articleId: 'old', color: 'blue', selectors: [], note: null, createdAt: '2024-01-05T00:00:00.000Z', updatedAt: '2024-03-01T00:00:00.000Z' });

    const groups = await listAnnotationGroups(db);
    expect(groups.map((g) => [g.article.id, g.notes.length, g.highlights.length, g.lastActivity])).toEqual([
      ['old', 1, 1, '2024-03-01T00:00:00.000Z'],
      ['new', 1, 0, '2024-02-01T00:00:00.000Z'],
    ]);
    expect(await getAnnotationGroup(db, 'bare')).toMatchObject({ article: { id: 'bare' }, notes: [], highlights: [] });
    expect(await getAnnotationGroup(db, 'gone')).toBeNull();
  });
});

describe('deleting a note, and Undo', () => {
  it('gives back the note exactly as it was: same id, text and times', async () => {
    const db = freshDb();
    const note = await addNote(db, 'a', 'keep me', new Date('2024-01-01T09:14:00Z'));
    await updateNote(db, note.id, 'keep me, edited', new Date('2024-01-01T09:20:00Z'));
    const [before] = await listNotes(db, 'a');
    const removed = await deleteNote(db, note.id);
    expect(removed).toEqual(before);
    expect(await listNotes(db, 'a')).toEqual([]);
    expect(await deleteNote(db, note.id)).toBeNull();
    await restoreNote(db, removed!);
    expect(await listNotes(db, 'a')).toEqual([before]);
  });
});
