import { describe, expect, it } from 'vitest';
import { remoteMarkdownImages } from '../../../../src-shared/article/remote-images';

describe('remote images of a Markdown body', () => {
  it('counts images on the web, inline and by reference, and not local ones, links or code', () => {
    const markdown = [
      '# Notes',
      '![A chart](https://example.com/chart.png "Chart") and ![](//cdn.example.com/x.jpg)',
      '![Kept](asset:figure.png) ![Beside](images/local.png) [a link](https://example.com/page)',
      '![Logo][logo] ![Local][local] ![logo]',
      '',
      '[logo]: <https://example.com/logo.svg>',
      '[local]: images/local.png',
      '```',
      '![In code](https://example.com/code.png)',
      '```',
    ].join('\n');
    expect(remoteMarkdownImages(markdown)).toBe(4);
  });

  it('is 0 for a body without images', () => {
    expect(remoteMarkdownImages('Just text, with [a link](https://example.com).')).toBe(0);
  });
});
