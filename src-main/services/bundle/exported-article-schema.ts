/**
 * What `export:add` accepts: ExportedArticles, checked with zod at the bridge, with bounded sizes, and held to the
 * same rules as the bundle's JSON Schemas, so that everything Offprint writes it can also read back.
 */
import { z } from 'zod';
import { EDITABLE_DETAILS } from '../../../src-shared/article/article-details';
import { isWebAddress } from '../../../src-shared/article/url-policy';
import type { EditableDetail } from '../../../src-shared/contract';
import { bundleAssetType, isValidAssetName, MAX_ASSETS_PER_ARTICLE } from './bundle-assets';
import { annotationsSchema } from './schemas/annotations-schema';
import { articleSchema } from './schemas/article-schema';

const MB = 1024 * 1024;
export const MAX_ARTICLES_PER_CALL = 200;
export const MAX_BODY_CHARS = 32 * MB;
export const MAX_ASSET_BYTES = 64 * MB;

const props = articleSchema.properties;
const date = z.string().regex(new RegExp(articleSchema.definitions.date.pattern)).nullable();
const timestamp = z.string().regex(new RegExp(annotationsSchema.definitions.timestamp.pattern));
const text = (max: number) => z.string().max(max).nullable();

const meta = z.object({
  title: z.string().trim().min(1).max(props.title.maxLength),
  author: text(articleSchema.definitions.optionalText.maxLength),
  source: text(articleSchema.definitions.optionalText.maxLength),
  // Anything the library holds; only a web address is written (article-files.ts), as the schema requires.
  url: text(65_536),
  publishedAt: date,
  submittedAt: date,
  language: z.string().regex(new RegExp(props.language.pattern)).nullable(),
  tags: z.array(z.string().trim().min(1).max(props.tags.items.maxLength)).max(props.tags.maxItems),
  wordCount: z.number().int().min(0),
  contentHash: z.string().regex(new RegExp(props.contentHash.pattern)),
  keywords: z.array(z.string().max(10_000)).max(1000),
  originalName: z.string().max(props.originalName.maxLength),
  identifier: z.string().max(10_000).nullable().optional(),
  favouritedAt: z.string().regex(new RegExp(props.favouritedAt.pattern)).nullable().optional(),
  archivedAt: z.string().regex(new RegExp(props.archivedAt.pattern)).nullable().optional(),
  linkOnly: z.boolean().optional(),
  // The person's corrections (Edit details…): when, which details, and what the file said for them.
  editedAt: z.string().regex(new RegExp(props.editedAt.pattern)).optional(),
  editedFields: z
    .array(z.custom<EditableDetail>((field) => EDITABLE_DETAILS.includes(field as EditableDetail), 'is not a detail Offprint edits'))
    .max(EDITABLE_DETAILS.length)
    .optional(),
  fromFile: z
    .object({
      title: z.string().max(props.title.maxLength),
      author: text(articleSchema.definitions.optionalText.maxLength),
      source: text(articleSchema.definitions.optionalText.maxLength),
      // As `url`: only a web address is written (article-files.ts).
      url: text(65_536),
      publishedAt: date,
      language: z.string().regex(new RegExp(props.language.pattern)).nullable(),
    })
    .partial()
    .optional(),
});

const asset = z
  .object({
    name: z.string().refine(isValidAssetName, 'is not a plain file name'),
    mediaType: z.string().max(100),
    bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.length <= MAX_ASSET_BYTES, 'is larger than 64 MB'),
  })
  .refine((a) => bundleAssetType(a.bytes, a.name) !== null, 'is not an image Offprint can show');

const note = z.object({ id: z.string().min(1).max(200), body: z.string().min(1).max(MB), createdAt: timestamp, updatedAt: timestamp });
const highlight = z.object({
  id: z.string().min(1).max(200),
  color: z.string().min(1).max(50),
  selectors: z.array(z.unknown()).max(20),
  note: z.string().max(MB).nullable(),
  createdAt: timestamp,
});

export const exportedArticleSchema = z.object({
  id: z.string().regex(new RegExp(props.id.pattern), 'must be letters, digits, “.”, “_” and “-” (at most 128)'),
  addedAt: z.string().regex(new RegExp(props.addedAt.pattern)),
  meta,
  // Empty only for a link-only entry (refined below).
  body: z.object({ format: z.enum(['text', 'markdown', 'html']), content: z.string().max(MAX_BODY_CHARS) }),
  text: z.string().max(MAX_BODY_CHARS),
  assets: z
    .array(asset)
    .max(MAX_ASSETS_PER_ARTICLE)
    .refine((assets) => new Set(assets.map((a) => a.name)).size === assets.length, 'hold two assets with the same name'),
  annotations: z.object({ notes: z.array(note).max(10_000), highlights: z.array(highlight).max(10_000) }),
  // A link-only entry has a web address, or none at all when its export named it by title only (Readwise's books).
}).refine((article) => article.body.content !== '' || (article.meta.linkOnly === true && (article.meta.url === null || isWebAddress(article.meta.url))), {
  message: 'has an empty body (only a link-only entry may, with a web address or none)',
  path: ['body', 'content'],
});

export const exportedArticlesSchema = z
  .array(exportedArticleSchema)
  .min(1)
  .max(MAX_ARTICLES_PER_CALL)
  .refine((articles) => new Set(articles.map((a) => a.id)).size === articles.length, 'hold the same article twice');
