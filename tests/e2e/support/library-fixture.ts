/**
 * A fixture library for the library specs: Markdown articles with front matter that varies by number: three
 * sources, four authors, English and French, one publication day each, tags "essays" (even numbers) and
 * "history" (multiples of five). `importFixture` imports the folder through the UI's own import (a folder chosen
 * in the open dialog) and waits until the library shows it all.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { AppSession } from '../harness';
import { expect } from '../fixtures';

/** The five articles of the sample library every fresh profile starts with. */
export const SAMPLES = 5;

export const SOURCES = ['Harbour Review', 'Field Notes', 'Lantern Weekly'] as const;
export const AUTHORS = ['Ada Byron', 'Ben Okri', 'Cleo Marsh', 'Dov Adler'] as const;

export interface FixtureArticle {
  title: string;
  source: string;
  author: string;
  language: 'en' | 'fr';
  /** YYYY-MM-DD */
  published: string;
  tags: string[];
}

export function fixtureArticle(i: number): FixtureArticle {
  const n = String(i).padStart(3, '0');
  const french = i % 6 === 5;
  const day = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
  return {
    title: french ? `Note de lecture ${n}` : `Fixture essay ${n}`,
    source: SOURCES[i % SOURCES.length]!,
    author: AUTHORS[i % AUTHORS.length]!,
    language: french ? 'fr' : 'en',
    published: day,
    tags: [...(i % 2 === 0 ? ['essays'] : []), ...(i % 5 === 0 ? ['history'] : [])],
  };
}

function markdown(article: FixtureArticle, i: number): string {
  const text = article.language === 'fr'
    ? `Un court texte numéro ${i} sur la lecture, les bibliothèques et les marges des livres anciens.`
    : `A short text number ${i} about reading, libraries and the margins of old books, kept offline.`;
  const tags = article.tags.length > 0 ? `tags: [${article.tags.join(', ')}]\n` : '';
  return `---\ntitle: ${article.title}\nauthor: ${article.author}\nsource: ${article.source}\ndate: ${article.published}\nlang: ${article.language}\n${tags}---\n\n${text}\n\n${text}\n`;
}

export function writeFixture(dir: string, count: number): FixtureArticle[] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const article = fixtureArticle(i);
    writeFileSync(join(dir, `fixture-${String(i).padStart(3, '0')}.md`), markdown(article, i));
    return article;
  });
}

export async function importFixture(app: AppSession, dir: string, count: number): Promise<void> {
  await app.chooseOnNextImport([dir]);
  await app.emit('menu:command', 'import-folder');
  const status = app.page.getByRole('status', { name: 'Import status' });
  await expect(status).toHaveText(new RegExp(`^Imported ${count} articles\\.`), { timeout: 120_000 });
  await status.getByRole('button', { name: 'Dismiss' }).click();
  await expect(app.page.locator('.library-count')).toHaveText(`${count + SAMPLES} articles`);
}

/**
 * The list shows exactly these articles (in any order: articles imported together may be added at different
 * moments, chunk by chunk, so "newest added" does not fix their order).
 */
export async function expectRowTitles(page: Page, titles: string[]): Promise<void> {
  const buttons = page.getByRole('list', { name: 'Articles' }).getByRole('listitem').locator('.article-title');
  await expect(buttons).toHaveCount(titles.length);
  await expect.poll(async () => (await buttons.allTextContents()).sort()).toEqual([...titles].sort());
}
