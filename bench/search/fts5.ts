/**
 * The baseline: SQLite FTS5 through better-sqlite3 (a development-only dependency), one database file per
 * tokenizer, the text in the FTS table itself (snippets need it), tags in a plain table. Built in transactions of
 * 1,000 rows with the journal and syncs off (its best case for a bulk load), then optimised.
 */
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import type { BenchArticle } from '../generator/article';
import { foldString } from '../../src-shared/search';
import type { BenchQuery } from './queries';

export type Tokenizer = 'unicode61' | 'trigram';
const TOKENIZE: Record<Tokenizer, string> = {
  unicode61: 'unicode61 remove_diacritics 2',
  trigram: 'trigram remove_diacritics 1',
};
/** bm25 weights in column order, the same as Offprint's field weights. */
const BM25 = 'bm25(fts, 5, 3, 2, 1, 2, 2)';

export class Fts5 {
  readonly db: Database.Database;
  private insert: Database.Statement;
  private insertTag: Database.Statement;
  private pending = 0;
  buildMs = 0;

  constructor(
    readonly path: string,
    readonly tokenizer: Tokenizer,
  ) {
    rmSync(path, { force: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.exec(`CREATE VIRTUAL TABLE fts USING fts5(title, author, source, body, notes, highlights,
      tokenize = '${TOKENIZE[tokenizer]}');
      CREATE TABLE tags(article INTEGER NOT NULL, tag TEXT NOT NULL);`);
    this.insert = this.db.prepare(
      'INSERT INTO fts(rowid, title, author, source, body, notes, highlights) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.insertTag = this.db.prepare('INSERT INTO tags(article, tag) VALUES (?, ?)');
  }

  add(rowid: number, a: BenchArticle): void {
    const t = performance.now();
    if (this.pending === 0) this.db.exec('BEGIN');
    this.insert.run(rowid, a.title, a.author, a.source, a.body, a.notes, a.highlights);
    for (const tag of a.tags) this.insertTag.run(rowid, foldString(tag));
    if (++this.pending === 1000) this.commit();
    this.buildMs += performance.now() - t;
  }

  private commit(): void {
    if (this.pending > 0) this.db.exec('COMMIT');
    this.pending = 0;
  }

  /** Commits, indexes the tags and optimises the FTS index (counted in the build time). */
  finish(): void {
    const t = performance.now();
    this.commit();
    this.db.exec("CREATE INDEX tags_tag ON tags(tag, article); INSERT INTO fts(fts) VALUES('optimize');");
    this.buildMs += performance.now() - t;
  }

  /** Bytes of the full-text index (FTS5's shadow tables but its copy of the text). */
  indexBytes(): number {
    const row = this.db
      .prepare("SELECT SUM(pgsize) AS bytes FROM dbstat WHERE name LIKE 'fts_%' AND name <> 'fts_content'")
      .get() as { bytes: number };
    return row.bytes;
  }

  private statements = new Map<string, Database.Statement>();

  private prepare(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  private where(q: BenchQuery): { sql: string; args: string[]; match: boolean } | null {
    const match = q[this.tokenizer];
    const parts: string[] = [];
    const args: string[] = [];
    if (match !== null) {
      parts.push('fts MATCH ?');
      args.push(match);
    } else if (q.tag === null || q.ours.replace(/tag:"[^"]*"/, '').trim() !== '') {
      return null; // this tokenizer cannot express the query's text
    }
    if (q.tag !== null) {
      // With a MATCH, `+rowid` keeps SQLite from running the full-text query again for every tagged row (a
      // hundred times slower); without one, the rowid lookup is what we want.
      parts.push(`${match !== null ? '+' : ''}rowid IN (SELECT article FROM tags WHERE tag = ?)`);
      args.push(q.tag);
    }
    return { sql: parts.join(' AND '), args, match: match !== null };
  }

  /** The best 10 with a snippet of the body, ranked by bm25; null when the tokenizer cannot express the query. */
  top(q: BenchQuery): { rowid: number; snippet: string }[] | null {
    const w = this.where(q);
    if (!w) return null;
    const sql = w.match
      ? `SELECT rowid, snippet(fts, 3, '[', ']', '…', 24) AS snippet FROM fts WHERE ${w.sql} ORDER BY ${BM25} LIMIT 10`
      : `SELECT rowid, substr(body, 1, 160) AS snippet FROM fts WHERE ${w.sql} ORDER BY rowid DESC LIMIT 10`;
    return this.prepare(sql).all(...w.args) as { rowid: number; snippet: string }[];
  }

  /** Every matching rowid (for recall), or null. */
  all(q: BenchQuery): number[] | null {
    const w = this.where(q);
    if (!w) return null;
    const rows = this.prepare(`SELECT rowid FROM fts WHERE ${w.sql}`).raw().all(...w.args) as number[][];
    return rows.map((r) => r[0] ?? -1);
  }

  close(): void {
    this.db.close();
  }
}
