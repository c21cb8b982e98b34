/**
 * BundleWriter: streams articles into a `.offprint` file, one article at a time, so that a whole library never sits
 * in memory (ZipFileWriter into a Node write stream, waiting for it to drain after each article; ZIP64 once the
 * bundle passes 65,535 files or 4 GiB). Images that are already compressed are stored as they are. Everything goes to a temporary file beside the destination;
 * `finish` writes library.json (when given) and manifest.json, flushes the file to disk (fsync), lets the caller
 * check it, and renames it into place; `abort` removes it: nothing half-written is ever left under its final name.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { open, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import type { ExportedArticle, ExportFinished, LibrarySnapshot } from '../../../src-shared/contract';
import { exportedArticleFiles, manifestBytes, type BundleFile } from './article-files';
import { LIBRARY_PATH, libraryJsonBytes } from './library-file';
import { BUNDLE_FORMAT, BUNDLE_VERSION, MANIFEST_PATH, type BundleManifest } from './manifest';
import { ZipFileWriter } from './zip-file-writer';

export interface BundleInfo {
  title: string;
  creator: string | null;
  /** Defaults to now. */
  created?: Date;
}

export interface FinishOptions {
  /** Written as library.json (collections, reading states, settings). */
  library?: LibrarySnapshot;
  /**
   * Called with the temporary file once it is complete and flushed to disk, before it is renamed; a throw removes
   * the file and is thrown on (a backup re-opens and checks it here).
   */
  verify?: (tempPath: string) => Promise<void>;
}

/** Flushes a file's data to the disk (fsync), so that a crash or power cut after the rename cannot lose it. */
async function syncFile(filePath: string): Promise<void> {
  const handle = await open(filePath, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flushes a folder's entries (the rename) where the system allows it; Windows cannot open a folder for that. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

export class BundleWriter {
  private readonly zip: ZipFileWriter;
  private readonly ids = new Set<string>();
  private failure: Error | null = null;
  private closed = false;

  private constructor(
    readonly destination: string,
    private readonly tempPath: string,
    private readonly stream: WriteStream,
    private readonly info: Required<BundleInfo>,
  ) {
    stream.on('error', (error) => (this.failure ??= error));
    this.zip = new ZipFileWriter(stream, info.created);
  }

  /** Opens a temporary file beside `destination` (which must be in an existing, writable folder). */
  static async create(destination: string, info: BundleInfo): Promise<BundleWriter> {
    const full = path.resolve(destination);
    const temp = path.join(path.dirname(full), `.${path.basename(full)}.${randomUUID().slice(0, 8)}.partial`);
    const stream = createWriteStream(temp, { flags: 'wx' });
    await once(stream, 'open');
    return new BundleWriter(full, temp, stream, { created: new Date(), ...info });
  }

  get articleCount(): number {
    return this.ids.size;
  }

  /** Zip entries written so far (files, not folders). */
  get entryCount(): number {
    return this.zip.entryCount;
  }

  /** Bytes handed to the file but not yet written: stays about one article's size, whatever the bundle's. */
  get pendingBytes(): number {
    return this.stream.writableLength;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  async addArticle(article: ExportedArticle): Promise<void> {
    this.check();
    if (this.ids.has(article.id)) throw new Error(`The article ${article.id} is already in the bundle.`);
    this.ids.add(article.id);
    await this.zip.add(exportedArticleFiles(article));
    await this.drained();
  }

  /** The temporary file being written (for tests and for checks before the rename). */
  get partialPath(): string {
    return this.tempPath;
  }

  async finish(options: FinishOptions = {}): Promise<ExportFinished> {
    this.check();
    const closing: BundleFile[] = options.library ? [{ path: LIBRARY_PATH, bytes: libraryJsonBytes(options.library), compress: true }] : [];
    const manifest: BundleManifest = {
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      title: this.info.title,
      creator: this.info.creator,
      created: this.info.created.toISOString(),
      articleCount: this.ids.size,
    };
    closing.push({ path: MANIFEST_PATH, bytes: manifestBytes(manifest), compress: true });
    try {
      await this.zip.add(closing);
      await this.zip.finish(() => this.drained());
    } catch (error) {
      this.failure ??= error instanceof Error ? error : new Error(String(error));
    }
    this.closed = true;
    this.stream.end();
    await this.streamClosed();
    try {
      if (this.failure) throw this.failure;
      await syncFile(this.tempPath);
      await options.verify?.(this.tempPath);
    } catch (error) {
      await unlink(this.tempPath).catch(() => undefined);
      throw error;
    }
    await rename(this.tempPath, this.destination);
    await syncFolder(path.dirname(this.destination));
    const { size } = await stat(this.destination);
    return { path: this.destination, articleCount: this.ids.size, bytes: size };
  }

  /** Stops writing and removes the temporary file. Safe to call at any time, more than once. */
  async abort(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      this.stream.destroy();
      await this.streamClosed();
    }
    await unlink(this.tempPath).catch(() => undefined);
  }

  /** Waits until the file is closed (errors are kept in `failure`). */
  private async streamClosed(): Promise<void> {
    if (this.stream.closed) return;
    await new Promise<void>((resolve) => this.stream.once('close', resolve));
  }

  /**
   * A write error (a full disk) is known to the stream at once, but its 'error' event comes only after the
   * microtasks run: read it from `errored`, so that the next article is refused at once.
   */
  private noteStreamError(): void {
    this.failure ??= this.stream.errored;
  }

  private check(): void {
    if (this.closed) throw new Error('The bundle is already closed.');
    this.noteStreamError();
    if (this.failure) throw this.failure;
  }

  private async drained(): Promise<void> {
    this.noteStreamError();
    if (!this.failure && this.stream.writableNeedDrain) await once(this.stream, 'drain');
    this.noteStreamError();
    if (this.failure) throw this.failure;
  }
}
