import { ReasonError } from '../import/reason';

/** Why an archive, or one entry of it, cannot be read: a plain-language reason, never a stack trace. */
export class ArchiveProblem extends ReasonError {
  override readonly name = 'ArchiveProblem';
}

/** How a place inside an archive is named in reports: `Library.offprint › articles/0007/article.json`. */
export function insideArchive(archiveName: string, entryPath: string): string {
  return `${archiveName} › ${entryPath}`;
}
