// fake-indexeddb first: Dexie finds IndexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addNote, deleteNote, listNotes, updateNote } from '../../../../src-renderer/src/data/notes-repo';
import {
  getZoomPercent,
  isFirstRunDone,
  markFirstRunDone,
  setSetting,
  setZoomPercent,
} from '../../../../src-renderer/src/data/settings-repo';
import { runZoomCommand } from '../../../../src-renderer/src/features/reader/zoom-setting';
import { freshDb } from './support';

describe('notes', () => {
  it('adds, lists oldest first per article, updates and deletes', async () => {
    const db = freshDb();
    const b = await addNote(db, 'art-1', ' second ', new Date('2024-01-02T00:00:00Z'));
    const a = await addNote(db, 'art-1', 'first', new Date('2024-01-01T00:00:00Z'));
    await addNote(db, 'art-2', 'elsewhere');
    expect((await listNotes(db, 'art-1')).map((n) => n.body)).toEqual(['first', 'second']);
    expect(b).toMatchObject({ articleId: 'art-1', createdAt: '2024-01-02T00:00:00.000Z', updatedAt: '2024-01-02T00:00:00.000Z' });

    await updateNote(db, a.id, '*edited*', new Date('2024-03-01T00:00:00Z'));
    const [edited] = await listNotes(db, 'art-1');
    expect(edited).toMatchObject({ id: a.id, body: '*edited*', createdAt: a.createdAt, updatedAt: '2024-03-01T00:00:00.000Z' });

    await deleteNote(db, b.id);
    expect(await listNotes(db, 'art-1')).toHaveLength(1);
    await expect(addNote(db, 'art-1', '  ')).rejects.toThrow(/empty/);
    await expect(updateNote(db, b.id, 'gone')).rejects.toThrow(/no longer exists/);
  });
});

describe('settings', () => {
  it('keeps the zoom level and the first-run flag', async () => {
    const db = freshDb();
    expect(await getZoomPercent(db)).toBeUndefined();
    expect(await isFirstRunDone(db)).toBe(false);
    await setZoomPercent(db, 130);
    await markFirstRunDone(db);
    expect(await getZoomPercent(db)).toBe(130);
    expect(await isFirstRunDone(db)).toBe(true);
    await setSetting(db, 'reader.zoomPercent', 'big');
    expect(await getZoomPercent(db)).toBeUndefined();
  });

  it('applies zoom commands atomically from the stored level', async () => {
    const db = freshDb();
    await Promise.all([runZoomCommand(db, 'zoom-in'), runZoomCommand(db, 'zoom-in'), runZoomCommand(db, 'zoom-in')]);
    expect(await getZoomPercent(db)).toBe(130);
    expect(await runZoomCommand(db, 'zoom-reset')).toBe(100);
    await setZoomPercent(db, 300);
    expect(await runZoomCommand(db, 'zoom-in')).toBe(300);
  });
});
