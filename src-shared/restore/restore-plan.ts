/**
 * What a restore would change, computed from what the bundle holds (RestoreContents: ids, hashes, note dates, no
 * bodies) and what the library holds, before anything is written. An article of the bundle is already in the
 * library when the library has its id, or an article with its content hash or URL (as an import recognises it).
 * Merge adds what is missing and keeps the newer of two notes (by updatedAt); it never deletes. Replace backs the
 * library up, clears it and loads the bundle: what the bundle does not hold is removed.
 */
import type { RestoreContents } from '../contract/restore';

export interface LibrarySnapshot {
  articles: { id: string; contentHash: string; url: string | null; title: string }[];
  notes: { id: string; articleId: string; updatedAt: string }[];
  highlights: { id: string; articleId: string; createdAt: string; updatedAt?: string }[];
  collectionCount: number;
}

export interface RestorePlan {
  merge: {
    articlesAdded: number;
    articlesPresent: number;
    notesAdded: number;
    /** Notes of the library that the bundle holds in a newer version (they are updated). */
    notesNewer: number;
    highlightsAdded: number;
  };
  replace: {
    articlesRemoved: number;
    notesRemoved: number;
    highlightsRemoved: number;
    /** Notes of the library newer than the bundle's copy: Replace puts the older text back. */
    notesOlder: number;
    collectionsRemoved: number;
    articlesRestored: number;
    notesRestored: number;
    highlightsRestored: number;
  };
  /** Titles of up to 5 articles Merge would add, and of up to 5 Replace would remove. */
  addedTitles: string[];
  removedTitles: string[];
}

const SAMPLE = 5;

export function planRestore(bundle: RestoreContents, library: LibrarySnapshot): RestorePlan {
  const ids = new Set(library.articles.map((a) => a.id));
  const hashes = new Set(library.articles.map((a) => a.contentHash));
  const urls = new Set(library.articles.flatMap((a) => (a.url ? [a.url] : [])));
  const present = bundle.articles.filter(
    (a) => ids.has(a.id) || (a.contentHash !== null && hashes.has(a.contentHash)) || (a.url !== null && urls.has(a.url)),
  );
  const added = bundle.articles.filter((a) => !present.includes(a));

  const libraryNotes = new Map(library.notes.map((n) => [n.id, n]));
  let notesAdded = 0;
  let notesNewer = 0;
  let notesOlder = 0;
  for (const note of bundle.notes) {
    const mine = libraryNotes.get(note.id);
    if (!mine) notesAdded += 1;
    else if (note.updatedAt > mine.updatedAt) notesNewer += 1;
    else if (note.updatedAt < mine.updatedAt) notesOlder += 1;
  }
  const libraryHighlights = new Set(library.highlights.map((h) => h.id));
  const bundleArticleIds = new Set(bundle.articles.map((a) => a.id));
  const bundleNotes = new Set(bundle.notes.map((n) => n.id));
  const bundleHighlights = new Set(bundle.highlights.map((h) => h.id));
  const removed = library.articles.filter((a) => !bundleArticleIds.has(a.id));
  return {
    merge: {
      articlesAdded: added.length,
      articlesPresent: present.length,
      notesAdded,
      notesNewer,
      highlightsAdded: bundle.highlights.filter((h) => !libraryHighlights.has(h.id)).length,
    },
    replace: {
      articlesRemoved: removed.length,
      notesRemoved: library.notes.filter((n) => !bundleNotes.has(n.id)).length,
      highlightsRemoved: library.highlights.filter((h) => !bundleHighlights.has(h.id)).length,
      notesOlder,
      collectionsRemoved: library.collectionCount,
      articlesRestored: bundle.articles.length,
      notesRestored: bundle.notes.length,
      highlightsRestored: bundle.highlights.length,
    },
    addedTitles: added.slice(0, SAMPLE).map((a) => a.title),
    removedTitles: removed.slice(0, SAMPLE).map((a) => a.title),
  };
}
