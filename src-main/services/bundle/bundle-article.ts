/**
 * bundleArticleToParsed(unit): one article folder of a bundle → a complete ParsedArticle, or one failure naming
 * the file inside the bundle and the reason (`Library.offprint › articles/0007/article.json: title is missing`).
 * article.json and annotations.json are checked against the bundle's JSON Schemas. The measures derived from the
 * text (word count, content hash, keywords, a language when none is declared) are computed from the body, as an
 * importer does, so they always agree with it. A link-only entry (`linkOnly`, its body file empty) comes back as one.
 */
import { cleanEditMarks } from '../../../src-shared/article/edit-marks';
import type { ArticleAnnotations, EditableDetail, ParsedArticle } from '../../../src-shared/contract';
import { buildArticle, cleanField } from '../import/build-article';
import type { ImportOutcome } from '../import/import-file';
import { ImportProblem } from '../import/import-problem';
import { linkOnlyArticle } from '../import/link-only-article';
import { isWebAddress } from '../../../src-shared/article/url-policy';
import { type FailureReason, reason, withoutOk } from '../import/reason';
import { insideArchive } from './archive-problem';
import type { ArchiveFile, BundleArticleUnit } from './archive-units';
import { readBundleAssets } from './bundle-assets';
import { bodyFormatOf, bodyPlainText, BODY_FILES } from './body-files';
import { parseJsonBytes, utf8Text } from './json-file';
import { validateAgainst, type SchemaName, type Validated } from './schema-validation';

/** article.json as the schema describes it. */
export interface BundleArticleJson {
  id: string;
  title: string;
  author?: string | null;
  source?: string | null;
  url?: string | null;
  publishedAt?: string | null;
  submittedAt?: string | null;
  addedAt?: string | null;
  /** Reading states: when the article was marked a favourite, moved to the archive. */
  favouritedAt?: string | null;
  archivedAt?: string | null;
  /** Only the link was imported: the body file is empty (import/link-only-article.ts). */
  linkOnly?: boolean;
  language?: string | null;
  tags?: string[];
  /** The article's own keywords (from its page), apart from its tags. */
  keywords?: string[];
  wordCount?: number;
  contentHash?: string;
  originalName?: string;
  /** The person's corrections (Edit details…): when, which details, what the file said for them. */
  editedAt?: string;
  editedFields?: string[];
  fromFile?: Partial<Record<EditableDetail, string | null>>;
}

class FileProblem extends Error {
  constructor(
    readonly file: string,
    readonly why: FailureReason,
  ) {
    super(why.reason);
  }
}

function jsonFile<T>(files: ReadonlyMap<string, ArchiveFile>, name: string, schema: SchemaName): T | undefined {
  const file = files.get(name);
  if (!file) return undefined;
  const parsed: Validated<unknown> = parseJsonBytes(file.bytes);
  const checked = parsed.ok ? validateAgainst<T>(schema, parsed.value) : parsed;
  if (!checked.ok) throw new FileProblem(name, withoutOk(checked));
  return checked.value;
}

function readBody(files: readonly ArchiveFile[], linkOnly: boolean) {
  const candidates = files.filter((file) => /^body\.[^/]+$/.test(file.path));
  const known = candidates.filter((file) => bodyFormatOf(file.path));
  const names = Object.values(BODY_FILES).join(', ');
  if (known.length === 0) {
    const odd = candidates[0];
    if (odd) throw new FileProblem(odd.path, reason('bodyBadName', { names }));
    throw new FileProblem('', reason('bodyMissing', { names }));
  }
  if (known.length > 1) throw new FileProblem('', reason('bodyTwice', { files: known.map((f) => f.path).join(', ') }));
  const file = known[0] as ArchiveFile;
  const content = utf8Text(file.bytes);
  if (content === null) throw new FileProblem(file.path, reason('notUtf8'));
  if (content.trim() === '' && !linkOnly) throw new FileProblem(file.path, reason('bodyEmpty'));
  const format = bodyFormatOf(file.path) ?? 'text';
  return { file: file.path, format, content, text: bodyPlainText(format, content) };
}

/**
 * A link-only entry of the bundle (its body file empty): with a web address, or, without one, an entry named by its
 * title and author only (Readwise's books): a library's backup comes back whole.
 */
function linkOnlyOf(meta: BundleArticleJson, bodyFile: string, fileName: string): ParsedArticle {
  const url = cleanField(meta.url);
  if (url && !isWebAddress(url)) throw new FileProblem(bodyFile, reason('bodyEmpty'));
  if (!url && cleanField(meta.title) === null) throw new FileProblem(bodyFile, reason('bodyEmpty'));
  return linkOnlyArticle({ url, title: meta.title, author: meta.author ?? null, tags: meta.tags ?? [], fileName });
}

function toParsed(unit: BundleArticleUnit): ParsedArticle {
  const id = unit.folder.slice(unit.folder.lastIndexOf('/') + 1);
  const files = new Map(unit.files.map((file) => [file.path, file]));
  if (!files.has('article.json')) throw new FileProblem('', reason('noArticleJson'));
  const meta = jsonFile<BundleArticleJson>(files, 'article.json', 'article') as BundleArticleJson;
  if (meta.id !== id) throw new FileProblem('article.json', reason('idMismatch', { id: meta.id, folder: id }));
  const body = readBody(unit.files, meta.linkOnly === true);
  const assets = readBundleAssets(unit.files);
  if (!assets.ok) throw new FileProblem(assets.file, assets.why);
  const annotations = jsonFile<ArticleAnnotations>(files, 'annotations.json', 'annotations');
  const fileName = meta.originalName || `${id}${body.file.slice(body.file.indexOf('.'))}`;
  let article: ParsedArticle;
  try {
    article =
      meta.linkOnly === true && body.text.trim() === ''
        ? linkOnlyOf(meta, body.file, fileName)
        : buildArticle({
            fileName,
            meta: { ...meta, title: cleanField(meta.title) },
            body: { format: body.format, content: body.content },
            text: body.text,
            assets: assets.assets,
          });
  } catch (error) {
    if (error instanceof ImportProblem) throw new FileProblem(body.file, reason('bodyNoText'));
    throw error;
  }
  article.meta.identifier = id;
  if (meta.addedAt && !Number.isNaN(Date.parse(meta.addedAt))) article.meta.addedAt = meta.addedAt;
  for (const state of ['favouritedAt', 'archivedAt'] as const) {
    const at = meta[state];
    if (at && !Number.isNaN(Date.parse(at))) article.meta[state] = at;
  }
  if (annotations) article.annotations = { notes: annotations.notes, highlights: annotations.highlights };
  return withEditMarks(article, meta);
}

/**
 * The person's corrections a bundle carries: its marks, and each corrected detail exactly as the bundle gives it
 * (a title longer than an importer keeps, no language when the person chose none: no guess from the text).
 */
function withEditMarks(article: ParsedArticle, meta: BundleArticleJson): ParsedArticle {
  const marks = cleanEditMarks(meta);
  Object.assign(article.meta, marks);
  const edited = marks.editedFields ?? [];
  if (edited.includes('title')) article.meta.title = cleanField(meta.title) ?? article.meta.title;
  if (edited.includes('language')) article.meta.language = meta.language ?? null;
  return article;
}

export function bundleArticleToParsed(unit: BundleArticleUnit): ImportOutcome {
  const where = insideArchive(unit.archiveName, unit.folder);
  try {
    return { path: where, article: toParsed(unit) };
  } catch (error) {
    if (!(error instanceof FileProblem)) {
      const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '').slice(0, 200) : '';
      return { path: where, failure: { path: where, ...(detail ? reason('articleUnreadableDetail', { detail }) : reason('articleUnreadable')) } };
    }
    const path = error.file === '' ? where : `${where}/${error.file}`;
    return { path: where, failure: { path, ...error.why } };
  }
}
