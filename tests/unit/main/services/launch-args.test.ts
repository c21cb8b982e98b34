import { describe, expect, it } from 'vitest';
import { pathsToOpen } from '../../../../src-main/services/launch-args';

describe('files handed to the app by the system', () => {
  it('keeps importable files, resolved against the working directory', () => {
    const argv = ['/opt/Offprint/offprint', '--no-sandbox', 'Library.offprint', '/home/ann/page.html', 'notes.MD'];
    expect(pathsToOpen(argv, '/home/ann')).toEqual([
      '/home/ann/Library.offprint',
      '/home/ann/page.html',
      '/home/ann/notes.MD',
    ]);
  });

  it('ignores the executable, flags, the app folder and other files', () => {
    expect(pathsToOpen(['electron', '.', '--inspect=9229', 'photo.jpg', '/usr/lib/offprint'], '/tmp')).toEqual([]);
  });

  it('lists a file once when it is given twice', () => {
    expect(pathsToOpen(['x', 'a.offprint', './a.offprint'], '/d')).toEqual(['/d/a.offprint']);
  });
});
