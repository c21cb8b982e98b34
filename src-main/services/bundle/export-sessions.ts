/**
 * The exports being written, by id: `export:begin` opens one, `add` and `finish` need its id, `abort` closes it.
 * At most a few are open at once; each is a BundleWriter writing to its temporary file.
 */
import { randomUUID } from 'node:crypto';
import type { ExportedArticle, ExportFinished } from '../../../src-shared/contract';
import { BundleWriter, type BundleInfo } from './bundle-writer';

export const MAX_OPEN_EXPORTS = 4;

export class ExportSessions {
  private readonly open = new Map<string, BundleWriter>();

  get size(): number {
    return this.open.size;
  }

  async begin(destination: string, info: BundleInfo): Promise<string> {
    if (this.open.size >= MAX_OPEN_EXPORTS) throw new Error('Too many exports are open at once.');
    const writer = await BundleWriter.create(destination, info);
    const id = randomUUID();
    this.open.set(id, writer);
    return id;
  }

  has(exportId: string): boolean {
    return this.open.has(exportId);
  }

  /** The ids among these that the export already holds. */
  alreadyAdded(exportId: string, articles: readonly ExportedArticle[]): string[] {
    const writer = this.open.get(exportId);
    return writer ? articles.filter((article) => writer.has(article.id)).map((article) => article.id) : [];
  }

  /** Adds the articles; on any failure the export is abandoned (its file removed) and the error thrown. */
  async add(exportId: string, articles: readonly ExportedArticle[]): Promise<void> {
    const writer = this.get(exportId);
    try {
      for (const article of articles) await writer.addArticle(article);
    } catch (error) {
      await this.abort(exportId);
      throw error;
    }
  }

  async finish(exportId: string): Promise<ExportFinished> {
    const writer = this.get(exportId);
    this.open.delete(exportId);
    try {
      return await writer.finish();
    } catch (error) {
      await writer.abort();
      throw error;
    }
  }

  async abort(exportId: string): Promise<void> {
    const writer = this.open.get(exportId);
    this.open.delete(exportId);
    await writer?.abort();
  }

  async abortAll(): Promise<void> {
    await Promise.all([...this.open.keys()].map((id) => this.abort(id)));
  }

  private get(exportId: string): BundleWriter {
    const writer = this.open.get(exportId);
    if (!writer) throw new Error(`No export ${exportId} is open.`);
    return writer;
  }
}
