import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { RestorePreview } from '../../../../../src-renderer/src/features/restoring/RestorePreview';
import { createI18n } from '../../../../../src-shared/i18n';
import type { RestorePlan } from '../../../../../src-shared/restore/restore-plan';

function plan(articlesAdded: number, restored = { articles: 3, notes: 2, highlights: 1 }): RestorePlan {
  return {
    merge: { articlesAdded, articlesPresent: 0, notesAdded: 0, notesNewer: 0, highlightsAdded: 0 },
    replace: {
      articlesRemoved: 0,
      notesRemoved: 0,
      highlightsRemoved: 0,
      notesOlder: 0,
      collectionsRemoved: 0,
      articlesRestored: restored.articles,
      notesRestored: restored.notes,
      highlightsRestored: restored.highlights,
    },
    addedTitles: [],
    removedTitles: [],
  };
}

function mergeLines(locale: 'en' | 'ar', count: number): string[] {
  const { unmount } = render(
    <I18nextProvider i18n={createI18n(locale)}>
      <RestorePreview name="Offprint 2026-12-01.offprint" plan={plan(count)} failures={0} />
    </I18nextProvider>,
  );
  const name = locale === 'ar' ? 'دمج' : 'Merge';
  const lines = within(screen.getByRole('list', { name })).getAllByRole('listitem').map((item) => item.textContent);
  unmount();
  return lines as string[];
}

describe('the restore preview', () => {
  it('says in Arabic how many articles Merge adds, in the plural form of each count (0, 1, 2, 5, 11, 101)', () => {
    const firstLines = [0, 1, 2, 5, 11, 101].map((count) => mergeLines('ar', count)[0]);
    expect(firstLines).toEqual([
      'لن تُضاف أي مقالة',
      'ستُضاف مقالة واحدة',
      'ستُضاف مقالتان',
      'ستُضاف 5 مقالات',
      'ستُضاف 11 مقالةً',
      'ستُضاف 101 مقالة',
    ]);
  });

  it('reads in English as before, one and many', () => {
    expect(mergeLines('en', 1)[0]).toBe('1 article added');
    expect(mergeLines('en', 1200)[0]).toBe('1,200 articles added');
  });

  it('names the three counts Replace restores in one sentence, and the removed titles isolated in a list', () => {
    const removed = { ...plan(0), removedTitles: ['Rivers', 'نهر'] };
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <RestorePreview name="b.offprint" plan={{ ...removed, replace: { ...removed.replace, highlightsRestored: 1 } }} failures={2} />
      </I18nextProvider>,
    );
    const replace = screen.getByRole('list', { name: 'Replace' });
    expect(replace.textContent).toContain('3 articles, 2 notes and 1 highlight restored');
    expect(screen.getByText(/^Replace removes, among others:/).textContent).toBe(
      'Replace removes, among others: \u2068Rivers\u2069 and \u2068نهر\u2069',
    );
    expect(screen.getByRole('note').textContent).toBe('2 parts of the bundle cannot be read and would not be restored.');
  });
});
