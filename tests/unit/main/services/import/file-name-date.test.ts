import { describe, expect, it } from 'vitest';
import { dateFromFileName } from '../../../../../src-main/services/import/file-name-date';

describe('dateFromFileName: Jekyll and Hugo post names', () => {
  it.each([
    ['2016-04-19-jekyll-3-0-5-released.markdown', '2016-04-19'],
    ['/site/_posts/2016-04-19-jekyll-3-0-5-released.markdown', '2016-04-19'],
    ['C:\\blog\\_posts\\2021-12-31_new-year.md', '2021-12-31'],
    ['content/posts/2019-03-02-slug/index.md', '2019-03-02'],
    ['2020-02-29.md', '2020-02-29'],
  ])('%s → %s', (name, date) => {
    expect(dateFromFileName(name)).toBe(date);
  });

  it.each([['notes-2016-04-19.md'], ['2016-02-30-impossible.md'], ['20160419-post.md'], ['2016-04-19x.md'], ['posts/2019-03-02-slug/readme.md']])(
    'finds no date in %s',
    (name) => {
      expect(dateFromFileName(name)).toBeNull();
    },
  );
});
