import { describe, expect, it } from 'vitest';
import { relativePaths } from '../../../../src-shared/import/relative-paths';

describe('an import report’s paths, relative to the chosen folder', () => {
  it('leaves out the folder the person chose, keeping the subfolders under it', () => {
    const paths = ['/work/shared/real-pages/fixtures/www.wired.com--other.html', '/work/shared/real-pages/fixtures/www.wired.com--content-test.html'];
    const short = relativePaths(paths, ['fixtures']);
    expect(paths.map(short)).toEqual(['www.wired.com--other.html', 'www.wired.com--content-test.html']);
    // Every path under a subfolder: still relative to the chosen folder, not to the subfolder.
    const deeper = ['/home/ann/Saved pages/news/a.html', '/home/ann/Saved pages/news/b.html'];
    expect(deeper.map(relativePaths(deeper, ['Saved pages']))).toEqual(['news/a.html', 'news/b.html']);
  });

  it('without a chosen folder (files, a drop), leaves out the directory the paths share', () => {
    const paths = ['C:\\Users\\ann\\Downloads\\a.md', 'C:\\Users\\ann\\Downloads\\sub\\a.md'];
    expect(paths.map(relativePaths(paths))).toEqual(['a.md', 'sub/a.md']);
    expect(relativePaths(['/tmp/x/one.html'])('/tmp/x/one.html')).toBe('one.html');
  });

  it('shortens a path inside an archive by its outer part; leaves bare names and unknown paths whole', () => {
    const paths = ['/home/ann/backups/Library.offprint › articles/0007/article.json', '/home/ann/backups/old.offprint'];
    const short = relativePaths(paths, ['backups']);
    expect(paths.map(short)).toEqual(['Library.offprint › articles/0007/article.json', 'old.offprint']);
    expect(short('/elsewhere/c.html')).toBe('/elsewhere/c.html');
    expect(relativePaths(['a.html', 'b.html'])('a.html')).toBe('a.html');
    expect(relativePaths(['/a.html', '/b.html'])('/a.html')).toBe('/a.html');
  });

  it('gives web addresses whole: a page Download article text could not fetch is named by its address', () => {
    const paths = ['http://127.0.0.1:37135/gone', 'https://news.example/2024/05/ferry'];
    expect(paths.map(relativePaths(paths))).toEqual(paths);
    const mixed = ['/home/ann/Saved pages/a.html', '/home/ann/Saved pages/b.html', 'https://news.example/a.html'];
    expect(mixed.map(relativePaths(mixed, ['Saved pages']))).toEqual(['a.html', 'b.html', 'https://news.example/a.html']);
  });
});
