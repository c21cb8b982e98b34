/**
 * Data shapes that cross the bridge: what an importer produces from a file, before the renderer stores it.
 * Types only: this folder holds no runtime code (enforced by lint).
 */

/** Metadata of one article, as read from its file. Dates are ISO 8601 (`2017-09-28` or a full timestamp). */
export interface ArticleMeta {
  title: string;
  /** null when the source names no author: the reader then shows no author line at all. */
  author: string | null;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  /** When the page says the article was submitted (the saved page's "Submit Time"). */
  submittedAt: string | null;
  /** BCP 47 language tag, e.g. `en`, `zh`. */
  language: string | null;
  tags: string[];
  wordCount: number;
  /** SHA-256 (hex) of the normalised plain text: recognises the same article imported twice. */
  contentHash: string;
  /** A few characteristic terms of the text, used for Related Articles. */
  keywords: string[];
  /** The file name the article came from, for reports. */
  originalName: string;
  /**
   * A stable identifier from the source (an Offprint bundle's article id, a DOI, a GUID): with the canonical URL,
   * it recognises the same article imported again. Absent when the source has none.
   */
  identifier?: string | null;
  /** When the article entered the library it comes from (an Offprint bundle); the importing library keeps it. */
  addedAt?: string | null;
  /**
   * Reading states (ISO 8601 timestamps; absent or null when not set): marked a favourite (starred), and moved to
   * the archive (done with, kept). Set by hand in the library and the reader, or carried over by a migration.
   */
  favouritedAt?: string | null;
  archivedAt?: string | null;
  /**
   * A link-only entry: the source gave its address, title, tags and dates but no text (Pocket's export). Its body
   * is empty, its content hash is the address's, and its highlights wait as orphans with their quotes. Absent (or
   * false) on every article that has its text.
   */
  linkOnly?: boolean;
  /**
   * The collections the source puts the article on, by name (a migration's folders: a bookmarks file's, Instapaper's,
   * Raindrop's). The library puts it on the collection of that name (case aside), making the collection when there is
   * none; an article already on collections keeps them. Absent when the source has none.
   */
  collectionNames?: string[];
  /**
   * The edit marks (Edit details…, in the library or carried by an Offprint bundle): when the person last corrected
   * the article's details (ISO 8601), which details are the person's (importing the article again keeps them), and
   * what the file says for each of those (as first imported, or as the latest re-import read it). Absent when the
   * person never corrected anything.
   */
  editedAt?: string;
  editedFields?: EditableDetail[];
  fromFile?: Partial<Pick<ArticleMeta, EditableDetail>>;
}

/** The details of an article the person can correct (Edit details… in the reader, and for a selection). */
export type EditableDetail = 'title' | 'author' | 'source' | 'url' | 'publishedAt' | 'language';

/**
 * The body as stored. `text`: paragraphs separated by blank lines. `markdown`: CommonMark + GFM, shown with
 * react-markdown (no raw HTML). `html`: sanitized again with DOMPurify before it is stored and before it is shown.
 * Images refer to the article's assets as `asset:<name>`.
 */
export type BodyFormat = 'text' | 'markdown' | 'html';

export interface ArticleBody {
  format: BodyFormat;
  content: string;
}

export interface ParsedAsset {
  /** The name the body uses (`asset:<name>`). */
  name: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** A reader's note on a whole article, as carried by an Offprint bundle. */
export interface ArticleNote {
  id: string;
  /** Markdown. */
  body: string;
  createdAt: string;
  updatedAt: string;
}

/** A highlight with its W3C Web Annotation selectors (shape completed by the notes-and-highlights issue). */
export interface ArticleHighlight {
  id: string;
  color: string;
  selectors: unknown[];
  note: string | null;
  createdAt: string;
}

export interface ArticleAnnotations {
  notes: ArticleNote[];
  highlights: ArticleHighlight[];
}

export interface ParsedArticle {
  meta: ArticleMeta;
  body: ArticleBody;
  /** Plain text of the body (normalised), for word counts, hashing, search and related articles. */
  text: string;
  assets: ParsedAsset[];
  /** Notes and highlights that came with the article (Offprint bundles); merged into the library by id. */
  annotations?: ArticleAnnotations;
  /**
   * Where the import found it (a path, or an archive's name and the path inside it), for the import's report: set
   * by the import job, absent elsewhere.
   */
  importedFrom?: string;
  /**
   * The id of the link-only entry whose text this is (Download article text): stored in that entry's place, which
   * keeps its id, tags, dates, reading states and highlights. Absent on every other article.
   */
  fillsLinkOnly?: string;
}

/** One article of the library, whole, as exported into an Offprint bundle. */
export interface ExportedArticle extends ParsedArticle {
  /** The library's id of the article (the bundle's article identifier). */
  id: string;
  addedAt: string;
  annotations: ArticleAnnotations;
}

export interface ImportFailure extends Partial<CodedReason> {
  /** The path (or dropped file name) that could not be imported. */
  path: string;
  /** A plain-language reason a reader can act on, in English (logs, exports, and reports without a code). */
  reason: string;
}

/**
 * A reason as a message of the `errors` namespace and its values, shown in the interface language. A value may
 * itself be a coded reason (the cause inside "The EPUB cannot be opened: …"), shown in the same language.
 */
export interface CodedReason {
  code: ImportFailureCode;
  params?: ReasonParams;
}

export type ReasonParams = Record<string, string | number | CodedReason>;

/**
 * The failures that have a translated message: a key of src-shared/i18n/messages/<locale>/errors.ts (main builds
 * them with the key's type, ErrorCode in src-shared/i18n; the contract cannot import the messages).
 */
export type ImportFailureCode = string;

export interface ImportBatch {
  articles: ParsedArticle[];
  failures: ImportFailure[];
}
