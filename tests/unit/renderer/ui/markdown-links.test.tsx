import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MarkdownText } from '../../../../src-renderer/src/ui/MarkdownText';

describe('MarkdownText applies the one URL policy to links', () => {
  it.each([
    ['protocol-relative', '//host/share'],
    ['backslash', '\\\\\\\\host\\\\share'],
    ['irc', 'irc://irc.example.org/channel'],
    ['xmpp', 'xmpp:someone@example.org'],
    ['file', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['asset', 'asset:image.png'],
  ])('a %s link is text with its address as the tooltip', (_kind, href) => {
    render(<MarkdownText text={`Go to <${href}> or [the share](${href}).`} baseUrl="https://example.org/a" />);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(screen.getByText('the share').getAttribute('title')).toMatch(/^(\/\/|%5C%5C|irc:|xmpp:|file:|javascript:|asset:)/);
  });

  it('keeps web and e-mail links live and resolves relative ones against the article', () => {
    render(<MarkdownText text="[web](https://example.net/x) [mail](mailto:a@example.org) [next](next.html)" baseUrl="https://example.org/a/b" />);
    expect(screen.getByRole('link', { name: 'web' }).getAttribute('href')).toBe('https://example.net/x');
    expect(screen.getByRole('link', { name: 'mail' }).getAttribute('href')).toBe('mailto:a@example.org');
    expect(screen.getByRole('link', { name: 'next' }).getAttribute('href')).toBe('https://example.org/a/next.html');
  });

  it('shows a relative link in a note (no article address) as text', () => {
    render(<MarkdownText text="[next](next.html)" />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('next').getAttribute('title')).toBe('next.html');
  });
});
