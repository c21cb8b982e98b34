/**
 * Files the person chose in main's own open dialog, held in main: the renderer gets an id, never the path, and can
 * only hand that id back. A grant lasts until it is used to start a restore (or the app quits); at most a few are
 * held at once, the oldest forgotten first.
 */
import { randomUUID } from 'node:crypto';

const MAX_GRANTS = 16;

export class FileGrants {
  private readonly grants = new Map<string, string>();

  grant(filePath: string): string {
    const id = randomUUID();
    this.grants.set(id, filePath);
    while (this.grants.size > MAX_GRANTS) this.grants.delete(this.grants.keys().next().value as string);
    return id;
  }

  /** The granted path, or null when the id was never granted here (or was used up). */
  path(id: string): string | null {
    return this.grants.get(id) ?? null;
  }

  /** The path, forgetting the grant. */
  take(id: string): string | null {
    const found = this.path(id);
    this.grants.delete(id);
    return found;
  }
}
