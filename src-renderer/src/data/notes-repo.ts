/** Article notes: Markdown text, stored at once. */
import { newId, type NoteRecord, type OffprintDatabase } from './database';

/** An article's notes, oldest first. */
export async function listNotes(db: OffprintDatabase, articleId: string): Promise<NoteRecord[]> {
  return db.notes.where('[articleId+createdAt]').between([articleId, ''], [articleId, '\uffff']).toArray();
}

export async function addNote(db: OffprintDatabase, articleId: string, body: string, now = new Date()): Promise<NoteRecord> {
  const text = requireText(body);
  const stamp = now.toISOString();
  const note: NoteRecord = { id: newId(), articleId, body: text, createdAt: stamp, updatedAt: stamp };
  await db.notes.add(note);
  return note;
}

export async function updateNote(db: OffprintDatabase, id: string, body: string, now = new Date()): Promise<void> {
  const text = requireText(body);
  const changed = await db.notes.update(id, { body: text, updatedAt: now.toISOString() });
  if (changed === 0) throw new Error('This note no longer exists.');
}

/** Deletes a note and returns it as it was (for Undo); null when it was already gone. */
export async function deleteNote(db: OffprintDatabase, id: string): Promise<NoteRecord | null> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    if (note) await db.notes.delete(id);
    return note ?? null;
  });
}

function requireText(body: string): string {
  const text = body.trim();
  if (text === '') throw new Error('A note cannot be empty.');
  return text;
}

/** Puts a deleted note back exactly as it was (same id, text and times): the Undo of a delete. */
export async function restoreNote(db: OffprintDatabase, note: NoteRecord): Promise<void> {
  await db.notes.put({ ...note });
}
