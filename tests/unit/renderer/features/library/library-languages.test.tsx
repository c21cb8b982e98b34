/**
 * The library in the interface's language: German and Arabic words on the same screen (the content stays as it
 * is), Arabic right to left, and plural forms that follow each language's rules.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryView } from '../../../../../src-renderer/src/features/library/LibraryView';
import { summarizeImport } from '../../../../../src-renderer/src/features/importing/import-summary';
import { LocaleProvider } from '../../../../../src-renderer/src/ui/i18n';
import { LANGUAGE_STORAGE_KEY } from '../../../../../src-renderer/src/ui/i18n/language-choice';
import { createI18n } from '../../../../../src-shared/i18n';
import { batchOf, peoplesDaily } from '../../support/parsed-article';
import { freshDb, renderWithDb, store } from '../../support/render';

const noop = () => undefined;
const PD_TITLE = 'Contribution of Chinese Solution to Global Security Governance';

async function libraryIn(language: string) {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  const db = freshDb();
  await store(db, batchOf(peoplesDaily()));
  renderWithDb(
    <LocaleProvider>
      <LibraryView onOpen={noop} onImport={noop} onShown={noop} focusId={null} />
    </LocaleProvider>,
    db,
  );
}

afterEach(() => {
  localStorage.removeItem(LANGUAGE_STORAGE_KEY);
  document.documentElement.lang = '';
  document.documentElement.dir = '';
});

describe('the library in another language', () => {
  it('German: the header, the list and the filters in German, the article’s title as it is', async () => {
    await libraryIn('de');
    const list = await screen.findByRole('list', { name: 'Artikel' });
    expect(within(list).getByRole('button', { name: PD_TITLE })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Bibliothek' })).toBeTruthy();
    expect(screen.getByText('1 Artikel')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Importieren …' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Bibliothek durchsuchen' })).toBeTruthy();
    expect(within(list).getByRole('checkbox', { name: `${PD_TITLE} auswählen` })).toBeTruthy();
    const filters = await screen.findByRole('complementary', { name: 'Filter' });
    expect(within(filters).getByText('Ungelesen')).toBeTruthy();
    expect(within(filters).getByText('Quellen')).toBeTruthy();
    fireEvent.click(within(list).getByRole('checkbox', { name: `${PD_TITLE} auswählen` }));
    expect(screen.getByRole('button', { name: 'Ausgewählte exportieren' })).toBeTruthy();
    expect(screen.getByText('1 ausgewählt')).toBeTruthy();
  });

  it('Arabic: the window right to left, the words in Arabic', async () => {
    await libraryIn('ar');
    await screen.findByRole('list', { name: 'المقالات' });
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(screen.getByRole('heading', { level: 1, name: 'المكتبة' })).toBeTruthy();
    expect(screen.getByText('مقالة واحدة')).toBeTruthy();
  });
});

describe('plural forms', () => {
  it('Arabic counts 0, 1, 2, 5, 11 and 101 each in its own form', () => {
    const t = createI18n('ar').getFixedT<['importing', 'common', 'errors']>('ar', ['importing', 'common', 'errors']);
    const imported = (added: number) => summarizeImport({ added, updated: 0, failed: 0, failures: [] }, t);
    expect([0, 1, 2, 5, 11, 101].map(imported)).toEqual([
      'تم استيراد 0 مقالة.',
      'تم استيراد مقالة واحدة.',
      'تم استيراد مقالتين.',
      'تم استيراد 5 مقالات.',
      'تم استيراد 11 مقالةً.',
      'تم استيراد 101 مقالة.',
    ]);
  });

  it('French and German say one, many and other as they should', () => {
    const fr = createI18n('fr').getFixedT<['importing', 'common', 'errors']>('fr', ['importing', 'common', 'errors']);
    const de = createI18n('de').getFixedT<['importing', 'common', 'errors']>('de', ['importing', 'common', 'errors']);
    const failed = (t: typeof fr, n: number) => summarizeImport({ added: 0, updated: 0, failed: n, failures: [] }, t);
    expect(failed(fr, 2)).toBe('0 article importé. 2 fichiers n’ont pas pu être importés.');
    expect(failed(fr, 1_000_000)).toContain('1\u202f000\u202f000 de fichiers');
    expect(failed(de, 1)).toBe('0 Artikel importiert. 1 Datei konnte nicht importiert werden.');
  });
});
