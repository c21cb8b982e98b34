/**
 * Every real saved page of ../shared/corpora/real-pages/fixtures through the real HTML importer, its title,
 * authors, source, date and language checked against what the page itself says (tests/corpus/real-pages-truth.json,
 * written by reading each page, never from our output). Each field's share of right pages must not fall below the
 * floor it has reached (FLOORS): a change that makes the library messier fails here, with the pages it got wrong.
 *
 * `CORPUS_REPORT=/tmp/report.json npm run test:corpus` also writes every page's comparison to that file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFileAtPath } from '../../src-main/services/import/import-file';
import { sameAuthors, sameDay, sameLanguage, sameText } from './field-match';

interface Truth {
  file: string;
  title: string;
  authors: string[];
  source: string | null;
  published: string | null;
  language: string | null;
  confidence: string;
  notes: string;
}

const FIELDS = ['title', 'authors', 'source', 'published', 'language'] as const;
type Field = (typeof FIELDS)[number];

/** The share of pages each field must get right (raise a floor when a change lifts the figure). */
const FLOORS: Record<Field, number> = { title: 0.84, authors: 0.71, source: 0.81, published: 0.71, language: 1 };

const REPO = path.resolve(__dirname, '../..');
const FIXTURES = process.env['OFFPRINT_REAL_PAGES'] ?? path.resolve(REPO, '../shared/corpora/real-pages/fixtures');
const TRUTH_FILE = process.env['OFFPRINT_REAL_PAGES_TRUTH'] ?? path.join(__dirname, 'real-pages-truth.json');
const available = existsSync(FIXTURES) && existsSync(TRUTH_FILE);

if (!existsSync(FIXTURES)) console.log(`test:corpus skipped: no real pages at ${FIXTURES} (the corpus lives in /work/shared, not in the repo)`);
else if (!existsSync(TRUTH_FILE)) console.log(`test:corpus skipped: no ground truth at ${TRUTH_FILE}`);

interface PageResult {
  file: string;
  found: Record<Field, unknown> | null;
  failure: string | null;
  right: Record<Field, boolean>;
}

describe.skipIf(!available)('real saved pages (../shared/corpora/real-pages)', () => {
  it('imports every page with the title, authors, source, date and language the page gives', async () => {
    const truth = JSON.parse(readFileSync(TRUTH_FILE, 'utf8')) as Truth[];
    const results: PageResult[] = [];
    for (const page of truth) {
      const outcome = await importFileAtPath(path.join(FIXTURES, page.file), { maxFileBytes: 64 * 1024 * 1024 });
      if ('failure' in outcome) {
        const wrong = { title: false, authors: false, source: false, published: false, language: false };
        results.push({ file: page.file, found: null, failure: outcome.failure.reason, right: wrong });
        continue;
      }
      const meta = outcome.article.meta;
      results.push({
        file: page.file,
        failure: null,
        found: { title: meta.title, authors: meta.author, source: meta.source, published: meta.publishedAt, language: meta.language },
        right: {
          title: sameText(meta.title, page.title),
          authors: sameAuthors(meta.author, page.authors),
          source: sameText(meta.source, page.source),
          published: sameDay(meta.publishedAt, page.published),
          language: sameLanguage(meta.language, page.language),
        },
      });
    }
    const share = (field: Field): number => results.filter((result) => result.right[field]).length / results.length;
    const lines = FIELDS.map((field) => `${field.padEnd(9)} ${(share(field) * 100).toFixed(1).padStart(5)} % right`);
    const allThree = results.filter((r) => r.right.title && r.right.authors && r.right.source).length / results.length;
    console.log(`${results.length} pages\n${lines.join('\n')}\ntitle+authors+source ${(allThree * 100).toFixed(1)} %`);
    if (process.env['CORPUS_REPORT']) {
      const byFile = new Map(truth.map((page) => [page.file, page]));
      const report = results.map((result) => ({ ...result, truth: byFile.get(result.file) }));
      writeFileSync(process.env['CORPUS_REPORT'], JSON.stringify(report, null, 1));
    }
    expect(results.filter((result) => result.failure !== null).map((result) => `${result.file}: ${result.failure}`)).toEqual([]);
    for (const field of FIELDS) {
      const wrong = results.filter((result) => !result.right[field]).map((result) => result.file);
      expect({ field, share: share(field) >= FLOORS[field] ? 'at or above its floor' : share(field), wrong }).toMatchObject({
        field,
        share: 'at or above its floor',
      });
    }
  });
});
