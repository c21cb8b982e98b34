import { describe, expect, it } from 'vitest';
import { splitMath } from '../../../../src-shared/article/markdown-math';

describe('splitMath: where TeX is in a line of Markdown', () => {
  it('finds $…$, $$…$$, \\(…\\) and \\[…\\], delimiters included', () => {
    expect(splitMath('a $x^2$ b $$y$$ c \\(z\\) d \\[w\\] e')).toEqual(['a ', '$x^2$', ' b ', '$$y$$', ' c ', '\\(z\\)', ' d ', '\\[w\\]', ' e']);
  });

  it('takes no money for maths ("$5 and $10"), nor an escaped \\$, nor a $ inside code', () => {
    expect(splitMath('It costs $5 and $10.')).toEqual(['It costs $5 and $10.']);
    expect(splitMath('\\$x$ and `$y$`')).toEqual(['\\$x$ and `$y$`']);
    expect(splitMath('$ x$ and $x $')).toEqual(['$ x$ and $x $']);
  });

  it('keeps an escaped dollar inside the maths', () => {
    expect(splitMath('$a \\$ b$')).toEqual(['', '$a \\$ b$', '']);
  });
});

describe('splitMath on hostile lines', () => {
  it('stays linear on 100,000 unclosed openers of each kind', () => {
    const line = ['\\(', '\\[', '$$', '$a '].map((opener) => opener.repeat(25_000)).join('');
    const started = performance.now();
    expect(splitMath(line).join('')).toBe(line);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
