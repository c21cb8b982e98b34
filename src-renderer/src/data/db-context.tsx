/** Hands the one database to the components that read it (tests give each render its own database). */
import { createContext, use, type ReactNode } from 'react';
import type { OffprintDatabase } from './database';

const DbContext = createContext<OffprintDatabase | null>(null);

export function DbProvider({ db, children }: { db: OffprintDatabase; children: ReactNode }) {
  return <DbContext value={db}>{children}</DbContext>;
}

export function useDb(): OffprintDatabase {
  const db = use(DbContext);
  if (!db) throw new Error('useDb() needs a <DbProvider> above it.');
  return db;
}
