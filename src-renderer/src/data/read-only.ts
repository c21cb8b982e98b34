/**
 * A read-only library: a Dexie middleware that refuses every write to what a reader owns (articles, bodies,
 * images, notes, highlights, collections, import reports) with the message given, e.g. "This is a read-only copy
 * of the backup of …". The copy's own view state (settings such as reading places, the stored search index) may
 * change: it is a throwaway copy, and reading it needs them. Installed before the database opens.
 */
import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import type { OffprintDatabase } from './database';

const GUARDED_TABLES: ReadonlySet<string> = new Set(['articles', 'bodies', 'assets', 'notes', 'highlights', 'collections', 'importReports']);

export class ReadOnlyLibraryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReadOnlyLibraryError';
  }
}

const readOnlyReasons = new WeakMap<OffprintDatabase, string>();

function refusingWrites(message: string): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'offprint-read-only',
    create(down) {
      return {
        ...down,
        table(name: string): DBCoreTable {
          const table = down.table(name);
          if (!GUARDED_TABLES.has(name)) return table;
          return { ...table, mutate: () => Promise.reject(new ReadOnlyLibraryError(message)) };
        },
      };
    },
  };
}

/** Makes `db` (not yet open) refuse writes with `message`. */
export function makeReadOnly(db: OffprintDatabase, message: string): OffprintDatabase {
  if (db.isOpen()) throw new Error('A library is made read-only before it opens.');
  db.use(refusingWrites(message));
  readOnlyReasons.set(db, message);
  return db;
}

/** Why nothing can be changed in this library (its read-only message), or null for the library itself. */
export function readOnlyReason(db: OffprintDatabase): string | null {
  return readOnlyReasons.get(db) ?? null;
}

/** Throws the read-only message when `db` is a read-only copy: for actions that write elsewhere (a backup). */
export function refuseIfReadOnly(db: OffprintDatabase): void {
  const reason = readOnlyReason(db);
  if (reason) throw new ReadOnlyLibraryError(reason);
}

const inMemory = new WeakSet<OffprintDatabase>();

/** A library held in memory only (an IndexedDB of its own, not the window's): nothing of it is stored on disk. */
export function markInMemory(db: OffprintDatabase): OffprintDatabase {
  inMemory.add(db);
  return db;
}

/** True for a library held in memory: its search index is neither read from nor saved to the window's IndexedDB. */
export function isInMemory(db: OffprintDatabase): boolean {
  return inMemory.has(db);
}
