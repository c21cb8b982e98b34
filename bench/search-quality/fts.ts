/**
 * The baseline: SQLite FTS5 (unicode61, diacritics removed) over the same four fields, in memory, ranked by bm25
 * with Offprint's BM25F field weights (title 5, author 3, source 2, body 1).
 */
import Database from 'better-sqlite3';
import { DEFAULT_FIELD_WEIGHTS } from '../../src-shared/search';
import type { Page } from './pages';

const W = DEFAULT_FIELD_WEIGHTS;
export const FTS_RANK = `bm25(fts, ${W.title}, ${W.author}, ${W.source}, ${W.body})`;

export class QualityFts {
  private readonly db = new Database(':memory:');
  private readonly files: string[] = [];
  private readonly topStatement;

  constructor(pages: readonly Page[]) {
    this.db.exec(
      "CREATE VIRTUAL TABLE fts USING fts5(title, author, source, body, tokenize = 'unicode61 remove_diacritics 2')",
    );
    const insert = this.db.prepare('INSERT INTO fts(rowid, title, author, source, body) VALUES (?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      pages.forEach((p, i) => {
        this.files.push(p.file);
        insert.run(i + 1, p.title, p.author ?? '', p.source ?? '', p.body);
      });
    })();
    this.topStatement = this.db.prepare(`SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY ${FTS_RANK} LIMIT ?`).raw();
  }

  /** The files matching `match`, best first. */
  ranked(match: string, limit = 1000): string[] {
    const rows = this.topStatement.all(match, limit) as number[][];
    return rows.map((r) => this.files[(r[0] ?? 1) - 1] ?? '');
  }

  close(): void {
    this.db.close();
  }
}
