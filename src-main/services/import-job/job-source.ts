/**
 * What an import job reads, once main has resolved what the renderer sent: a grant becomes the paths main holds
 * for it (src-main/services/grants). Paths exist only on this side of the bridge.
 */
import type { DroppedFile, LinkToDownload } from '../../../src-shared/contract';
import type { ArchiveLimits } from '../bundle';

export type JobSource =
  /** Files and folders the person chose, as main holds them. */
  | {
      kind: 'paths';
      paths: string[];
      /** The limits its archives are read within: an ordinary import's by default, a backup's for a restore. */
      archiveLimits?: ArchiveLimits;
    }
  /** Dropped files without a path on disk, as bytes. */
  | { kind: 'files'; files: DroppedFile[] }
  /** The sample library shipped with the app. */
  | { kind: 'sample' }
  /** Link-only entries whose text to download (Download article text): their addresses, checked by the handler. */
  | { kind: 'links'; links: LinkToDownload[] };
