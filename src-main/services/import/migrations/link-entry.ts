/**
 * The unit of a link-only entry of an export (bookmarks, Instapaper, Raindrop, Readwise, Karakeep, Hypothesis): what
 * the export says about it, every field it does not give left empty. Pure.
 */
import type { MigrationEntryUnit, MigrationFields, QuotedHighlight } from './migration-entry';

export interface LinkEntryParts extends Pick<MigrationEntryUnit, 'service' | 'archiveName' | 'file' | 'htmlFile' | 'entry' | 'key'> {
  fields: Partial<MigrationFields> & Pick<MigrationFields, 'url'>;
  highlights?: QuotedHighlight[];
  notes?: string[];
}

export function linkEntryUnit(parts: LinkEntryParts): MigrationEntryUnit {
  const { fields, highlights = [], notes = [], ...where } = parts;
  return {
    kind: 'migration-entry',
    ...where,
    html: null,
    fields: {
      title: null,
      author: null,
      publishedAt: null,
      addedAt: null,
      archivedAt: null,
      favouritedAt: null,
      language: null,
      tags: [],
      collections: [],
      ...fields,
    },
    highlights,
    notes,
  };
}
