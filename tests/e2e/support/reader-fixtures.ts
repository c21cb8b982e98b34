/** The reading-view fixture articles (tests/e2e/fixtures-reader/), imported through File → Import…. */
import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { AppSession } from '../harness';

export const READER_FIXTURES = join(process.cwd(), 'tests', 'e2e', 'fixtures-reader');

export const FIXTURE_TITLES = {
  cafe: 'Notes from the Corner Café',
  arabic: 'القراءة في المكتبة',
  hebrew: 'קריאה שקטה בספרייה',
  japanese: '図書館で静かに読む',
} as const;

export async function importReaderFixtures(app: AppSession, names: (keyof typeof FIXTURE_TITLES)[]): Promise<void> {
  const files: Record<keyof typeof FIXTURE_TITLES, string> = {
    cafe: 'cafe-notes.md',
    arabic: 'arabic-reading.md',
    hebrew: 'hebrew-reading.md',
    japanese: 'japanese-reading.md',
  };
  await app.chooseOnNextImport(names.map((name) => join(READER_FIXTURES, files[name])));
  await app.emit('menu:command', 'import');
  const count = names.length === 1 ? '1 article' : `${names.length} articles`;
  await expect(app.page.getByRole('status', { name: 'Import status' })).toHaveText(new RegExp(`^Imported ${count}\\.`));
}
