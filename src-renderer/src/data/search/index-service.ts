/**
 * The library's search index, kept in memory and in the database. At start it loads the stored index and checks it
 * against the library (ids and document versions): consistent, it is used as is; a few articles differ, they are
 * repaired; much differs or nothing is stored, it is rebuilt. Afterwards every committed change to articles or
 * notes is applied, and the index is saved a moment after the last change. Long work runs in slices that give
 * the event loop a turn, so typing and scrolling stay smooth.
 */
import type { OffprintDatabase } from '../database';
import { isInMemory } from '../read-only';
import type { MoreLikeThisOptions, ParsedQuery, RelatedHit, SearchDocument, SearchOptions, SearchResult } from '../../../../src-shared/search';
import { watchLibrary } from '../change-feed';
import { createIndexEngine } from './engine/create-engine';
import type { IndexEngine } from '../../../../src-shared/search/engine/index-engine';
import { storedIndexRecord } from './index-store';
import { openIndex, reindex } from './open-index';

/** How the index came to be: still loading, loaded as stored, repaired, or rebuilt from the library. */
export type IndexOrigin = 'loading' | 'loaded' | 'repaired' | 'rebuilt' | 'failed';

export interface IndexStatus {
  origin: IndexOrigin;
  /** Grows at every change of the index's contents. */
  revision: number;
  /** Every change is stored. */
  saved: boolean;
  /** Time spent bringing the index up to date with changes and storing it, since the start (ms). */
  busyMs: number;
}

export interface IndexServiceOptions {
  /** Wait this long after the last change before saving (ms). */
  saveDelayMs?: number;
  onStatus?: (status: IndexStatus) => void;
  onError?: (error: unknown) => void;
}

export class SearchIndexService {
  private readonly engine: IndexEngine;
  private status: IndexStatus = { origin: 'loading', revision: 0, saved: true, busyMs: 0 };
  private readonly dirty = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private work: Promise<void> = Promise.resolve();
  private draining = false;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private unwatch: (() => void) | null = null;
  private started = false;

  constructor(
    private readonly db: OffprintDatabase,
    private readonly options: IndexServiceOptions = {},
    engine?: IndexEngine,
  ) {
    this.engine = engine ?? createIndexEngine(db);
  }

  /** Starts watching the library and loads (or builds) the index; later calls return the same work. */
  start(): Promise<void> {
    if (this.started) return this.work;
    this.started = true;
    this.unwatch = watchLibrary(this.db, (ids) => {
      for (const id of ids) this.dirty.add(id);
      this.drainSoon();
    });
    this.work = this.open().catch((error: unknown) => this.fail(error));
    this.drainSoon();
    return this.work;
  }

  stop(): void {
    this.unwatch?.();
    this.unwatch = null;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    this.engine.close();
  }

  getStatus = (): IndexStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  search(query: string | ParsedQuery, options?: SearchOptions): Promise<SearchResult> {
    return this.engine.search(query, options);
  }

  /** The articles most like `doc`, by the index as it is now (see search/more-like-this.ts). */
  related(doc: SearchDocument, options?: MoreLikeThisOptions): Promise<RelatedHit[]> {
    return this.engine.related(doc, options);
  }

  /** Resolves once every change seen so far is in the index (not necessarily saved). */
  async whenCurrent(): Promise<void> {
    do await this.work;
    while (this.draining || this.dirty.size > 0);
  }

  /** Saves now if anything is unsaved. */
  async flushSave(): Promise<void> {
    await this.whenCurrent();
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    if (!this.status.saved) await this.save();
  }

  private async open(): Promise<void> {
    const openedAs = await openIndex(this.db, this.engine);
    if (openedAs === 'loaded') this.setStatus({ origin: 'loaded' });
    else this.changed(openedAs);
  }

  private drainSoon(): void {
    if (this.draining || this.dirty.size === 0) return;
    this.draining = true;
    this.work = this.work.then(() => this.drain()).catch((error: unknown) => this.fail(error));
  }

  private async drain(): Promise<void> {
    try {
      while (this.dirty.size > 0) {
        const ids = [...this.dirty];
        this.dirty.clear();
        const started = performance.now();
        await reindex(this.db, this.engine, ids);
        this.status = { ...this.status, busyMs: this.status.busyMs + (performance.now() - started) };
        this.changed(null);
      }
    } finally {
      this.draining = false;
    }
  }

  private changed(origin: IndexOrigin | null): void {
    this.setStatus({ origin: origin ?? this.status.origin, revision: this.status.revision + 1, saved: false });
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), this.options.saveDelayMs ?? 500);
  }

  private async save(): Promise<void> {
    this.saveTimer = null;
    const revision = this.status.revision;
    const started = performance.now();
    try {
      if (!isInMemory(this.db)) await this.engine.persist(this.db.name, storedIndexRecord());
      const busyMs = this.status.busyMs + (performance.now() - started);
      this.setStatus(this.status.revision === revision ? { saved: true, busyMs } : { busyMs });
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  private fail(error: unknown): void {
    this.draining = false;
    this.setStatus({ origin: 'failed' });
    this.options.onError?.(error);
  }

  private setStatus(change: Partial<IndexStatus>): void {
    this.status = { ...this.status, ...change };
    this.options.onStatus?.(this.status);
    for (const listener of this.listeners) listener();
  }
}
