/**
 * BundleWriter: streams articles into a `.offprint` file, one article at a time, so that a whole library never sits
 * in memory (fflate's streaming Zip into a Node write stream, waiting for it to drain after each article). Images
 * that are already compressed are stored as they are. Everything goes to a temporary file beside the destination;
 * `finish` writes manifest.json and renames it into place, `abort` removes it: nothing half-written is ever left.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { ExportedArticle, ExportFinished } from '../../../src-shared/contract';
import { exportedArticleFiles, manifestBytes, type BundleFile } from './article-files';
import { BUNDLE_FORMAT, BUNDLE_VERSION, MANIFEST_PATH, type BundleManifest } from './manifest';

export interface BundleInfo {
  title: string;
  creator: string | null;
  /** Defaults to now. */
  created?: Date;
}

export class BundleWriter {
  private readonly zip: Zip;
  private readonly ids = new Set<string>();
  private readonly done: Promise<void>;
  private failure: Error | null = null;
  private closed = false;

  private constructor(
    readonly destination: string,
    private readonly tempPath: string,
    private readonly stream: WriteStream,
    private readonly info: Required<BundleInfo>,
  ) {
    let finished: () => void = () => undefined;
    this.done = new Promise((resolve) => (finished = resolve));
    stream.on('error', (error) => (this.failure ??= error));
    this.zip = new Zip((error, chunk, final) => {
      if (error) this.failure ??= error;
      else stream.write(chunk);
      if (final || error) finished();
    });
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
    for (const file of exportedArticleFiles(article)) this.addFile(file);
    await this.drained();
  }

  async finish(): Promise<ExportFinished> {
    this.check();
    const manifest: BundleManifest = {
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      title: this.info.title,
      creator: this.info.creator,
      created: this.info.created.toISOString(),
      articleCount: this.ids.size,
    };
    this.addFile({ path: MANIFEST_PATH, bytes: manifestBytes(manifest), compress: true });
    this.zip.end();
    await this.done;
    this.closed = true;
    this.stream.end();
    await this.streamClosed();
    if (this.failure) {
      await unlink(this.tempPath).catch(() => undefined);
      throw this.failure;
    }
    await rename(this.tempPath, this.destination);
    const { size } = await stat(this.destination);
    return { path: this.destination, articleCount: this.ids.size, bytes: size };
  }

  /** Stops writing and removes the temporary file. Safe to call at any time, more than once. */
  async abort(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      this.zip.terminate();
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

  private check(): void {
    if (this.closed) throw new Error('The bundle is already closed.');
    if (this.failure) throw this.failure;
  }

  private addFile(file: BundleFile): void {
    const entry = file.compress ? new ZipDeflate(file.path, { level: 6 }) : new ZipPassThrough(file.path);
    entry.mtime = this.info.created;
    this.zip.add(entry);
    entry.push(file.bytes, true);
  }

  private async drained(): Promise<void> {
    if (this.stream.writableNeedDrain) await once(this.stream, 'drain');
    if (this.failure) throw this.failure;
  }
}
