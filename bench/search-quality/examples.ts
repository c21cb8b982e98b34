/**
 * The orders issue 15 found wrong on a reader's library, as pages of their own added to the real ones (which have
 * no Vision Pro, LWN or e-mail article): each example's right page, the pages that outranked it, and the query.
 */
import type { Page } from './pages';
import type { QualityQuery } from './queries';
import { wordsOf } from './queries';

const filler =
  'The article goes on at some length about the week, the people involved and what happens next, with quotes ' +
  'from several of them and a few figures from last year for comparison.';

const page = (file: string, title: string, body: string, author: string | null = null): Page => ({
  file,
  title,
  author,
  source: null,
  body: `${body} ${filler}`,
});

export const EXAMPLE_PAGES: Page[] = [
  page('example-vision-pro', "Apple's Vision Pro headset goes on sale", 'Apple starts selling its headset. Vision Pro costs $3,499.'),
  page(
    'example-protecting',
    'Protecting the vision of a city',
    'Protecting parks is the vision of the council; protecting them is protection for all. Protected areas grow.',
  ),
  page('example-protesta', 'La protesta y la vision del gobierno', 'La protesta reunió a miles. Protestas en la plaza; la vision oficial.'),
  page('example-security', 'Security flaws found in home routers', 'Routers from three makers let anyone in.'),
  page(
    'example-securities',
    'Bond markets rally',
    'Securities rose as traders bought securities of all kinds; securities regulators watched the securities markets.',
  ),
  page('example-lwn', 'LWN.net Weekly Edition for December 1, 2016', 'The weekly edition covers the kernel, security and distributions.'),
  page('example-weekly', 'The weekly news roundup', 'Weekly news from around the world, every weekly issue.'),
  page('example-email', 'How to write an e-mail that gets answered', 'Keep the e-mail short; one question per e-mail.'),
  page('example-us', 'U.S. budget deficit widens', 'The U.S. Treasury said the deficit grew.'),
  page('example-government', 'The government falls after a vote', 'The government lost the vote of confidence.'),
];

const EXAMPLES: [string, string][] = [
  ['vision pro', 'example-vision-pro'],
  ['secur', 'example-security'],
  ['lwn weekly', 'example-lwn'],
  ['lwn', 'example-lwn'],
  ['email answered', 'example-email'],
  ['us budget', 'example-us'],
  ['goverment falls', 'example-government'],
];

/** Typed as in the issue: no trailing space, so the last word is also a prefix. */
export function exampleQueries(): QualityQuery[] {
  return EXAMPLES.map(([text, file]) => ({ group: 'issue example', words: wordsOf(text), cut: true, relevant: [file] }));
}
