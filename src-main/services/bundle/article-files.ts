/** The files one article becomes inside a bundle (docs/bundle-format.md): article.json, its body, assets, notes. */
import type { ExportedArticle } from '../../../src-shared/contract';
import type { BundleArticleJson } from './bundle-article';
import { BODY_FILES } from './body-files';
import { cleanEditMarks } from '../../../src-shared/article/edit-marks';
import { isWebAddress } from '../../../src-shared/article/url-policy';

export interface BundleFile {
  path: string;
  bytes: Uint8Array;
  /** False for data that is already compressed (PNG, JPEG, …): stored as it is. */
  compress: boolean;
}

const ALREADY_COMPRESSED = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif']);
const encoder = new TextEncoder();

function json(value: unknown): Uint8Array {
  return encoder.encode(`${JSON.stringify(value, null, 2)}\n`);
}

export function articleJson(article: ExportedArticle): BundleArticleJson {
  const { meta } = article;
  return {
    id: article.id,
    title: meta.title,
    author: meta.author,
    source: meta.source,
    // Only a web address is written: the schema accepts nothing else (an older library may hold other values).
    url: isWebAddress(meta.url) ? meta.url : null,
    publishedAt: meta.publishedAt,
    submittedAt: meta.submittedAt,
    addedAt: article.addedAt,
    language: meta.language,
    tags: meta.tags,
    keywords: meta.keywords,
    wordCount: meta.wordCount,
    contentHash: meta.contentHash,
    originalName: meta.originalName,
    // Reading states: written only when set.
    ...(meta.favouritedAt ? { favouritedAt: meta.favouritedAt } : {}),
    ...(meta.archivedAt ? { archivedAt: meta.archivedAt } : {}),
    // A link-only entry (no text: its body file is empty): written only when it is one.
    ...(meta.linkOnly ? { linkOnly: true } : {}),
    // The person's corrections (Edit details…): written only when the article has them.
    ...editMarksJson(meta),
  };
}

/** The edit marks as article.json holds them: as the library has them, a `fromFile.url` only when a web address. */
function editMarksJson(meta: ExportedArticle['meta']): Pick<BundleArticleJson, 'editedAt' | 'editedFields' | 'fromFile'> {
  const { fromFile, ...marks } = cleanEditMarks(meta);
  if (!fromFile) return marks;
  return { ...marks, fromFile: 'url' in fromFile ? { ...fromFile, url: isWebAddress(fromFile.url) ? fromFile.url : null } : fromFile };
}

export function articleFolder(id: string): string {
  return `articles/${id}`;
}

export function exportedArticleFiles(article: ExportedArticle): BundleFile[] {
  const folder = articleFolder(article.id);
  const files: BundleFile[] = [
    { path: `${folder}/article.json`, bytes: json(articleJson(article)), compress: true },
    { path: `${folder}/${BODY_FILES[article.body.format]}`, bytes: encoder.encode(article.body.content), compress: true },
  ];
  for (const asset of article.assets) {
    files.push({ path: `${folder}/assets/${asset.name}`, bytes: asset.bytes, compress: !ALREADY_COMPRESSED.has(asset.mediaType) });
  }
  const { notes, highlights } = article.annotations;
  if (notes.length > 0 || highlights.length > 0) {
    files.push({ path: `${folder}/annotations.json`, bytes: json({ notes, highlights }), compress: true });
  }
  return files;
}

export function manifestBytes(manifest: object): Uint8Array {
  return json(manifest);
}
