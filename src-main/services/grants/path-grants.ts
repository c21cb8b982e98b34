/**
 * The files and folders the person chose, held in main. Main reads from disk only what a grant names: the paths
 * its own open dialog returned, the OS's open-with events, and drops (paths the preload got from Electron for real
 * dropped files). The renderer gets an opaque id and the names, passes the id back to start an import, and the
 * grant is used up. A page that names a path, or an id main never gave out, gets nothing.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { PathGrant } from '../../../src-shared/contract';

/** Grants not used within this time are dropped (a dialog answered and then abandoned). */
export const GRANT_LIFETIME_MS = 30 * 60 * 1000;
/** At most this many unused grants are kept; the oldest go first. */
export const MAX_OPEN_GRANTS = 64;

interface Held {
  paths: string[];
  grantedAt: number;
}

export class PathGrants {
  private readonly held = new Map<string, Held>();

  constructor(private readonly now: () => number = Date.now) {}

  /** A grant for these absolute paths (null for none). */
  grant(paths: readonly string[], mode: PathGrant['mode']): PathGrant | null {
    const absolute = [...new Set(paths.filter((p) => path.isAbsolute(p)))];
    if (absolute.length === 0) return null;
    this.prune();
    while (this.held.size >= MAX_OPEN_GRANTS) {
      const oldest = this.held.keys().next().value;
      if (oldest === undefined) break;
      this.held.delete(oldest);
    }
    const grantId = randomUUID();
    this.held.set(grantId, { paths: absolute, grantedAt: this.now() });
    return { grantId, names: absolute.map((p) => path.basename(p) || p), mode };
  }

  /** The paths of a grant without using it up (a restore's preview reads the file it will restore). */
  peek(grantId: string): string[] | null {
    this.prune();
    return this.held.get(grantId)?.paths ?? null;
  }

  /** The paths of a grant, once: the grant is used up. Null for an id never given out, used, or expired. */
  take(grantId: string): string[] | null {
    this.prune();
    const held = this.held.get(grantId);
    if (!held) return null;
    this.held.delete(grantId);
    return held.paths;
  }

  private prune(): void {
    const oldest = this.now() - GRANT_LIFETIME_MS;
    for (const [id, held] of this.held) if (held.grantedAt < oldest) this.held.delete(id);
  }
}
