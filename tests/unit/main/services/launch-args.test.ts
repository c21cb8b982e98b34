import { describe, expect, it } from 'vitest';
import { pathsToOpen } from '../../../../src-main/services/launch-args';

describe('files handed to the app by the system', () => {
  it('keeps importable files, resolved against the working directory', () => {
    const argv = ['/opt/Offprint/offprint', '--no-sandbox', 'Library.offprint', '/home/ann/page.html', 'notes.MD', 'Saved.mhtml', 'Book.EPUB', 'Page.webarchive'];
    expect(pathsToOpen(argv, '/home/ann')).toEqual([
      '/home/ann/Library.offprint',
      '/home/ann/page.html',
      '/home/ann/notes.MD',
      '/home/ann/Saved.mhtml',
      '/home/ann/Book.EPUB',
      '/home/ann/Page.webarchive',
    ]);
  });

  it('ignores the executable, flags, the app folder and other files', () => {
    expect(pathsToOpen(['electron', '.', '--inspect=9229', 'photo.jpg', '/usr/lib/offprint'], '/tmp')).toEqual([]);
  });

  it('lists a file once when it is given twice', () => {
    expect(pathsToOpen(['x', 'a.offprint', './a.offprint'], '/d')).toEqual(['/d/a.offprint']);
  });

  it('accepts file:// URIs as Linux launchers pass them (Exec … %U), decoded once', () => {
    const argv = [
      '/opt/Offprint/offprint',
      'file:///home/ann/Downloads/Field%20notes%20%5Bdraft%5D.offprint',
      'file://localhost/home/ann/caf%C3%A9.md',
      'file:///home/ann/100%2525.txt',
      'FILE:///home/ann/UPPER.HTML',
    ];
    expect(pathsToOpen(argv, '/', 'linux')).toEqual([
      '/home/ann/Downloads/Field notes [draft].offprint',
      '/home/ann/café.md',
      '/home/ann/100%25.txt',
      '/home/ann/UPPER.HTML',
    ]);
  });

  it('lists a file once whether it came as a path or a URI', () => {
    expect(pathsToOpen(['x', '/d/a b.md', 'file:///d/a%20b.md'], '/', 'linux')).toEqual(['/d/a b.md']);
  });

  it('ignores other URIs, remote file URIs and URIs of files it cannot import', () => {
    const argv = [
      'x',
      'https://example.org/page.html',
      'offprint://app/index.html',
      'file://server/share/a.md',
      'file:///home/ann/photo.jpg',
      'file:///home/ann/%E0%A4%A.md',
    ];
    expect(pathsToOpen(argv, '/', 'linux')).toEqual([]);
  });
});
