import { describe, expect, it } from 'vitest';
import { writingSystemOf } from '../../../../../src-renderer/src/features/reader/writing-system';

describe('how an article is written', () => {
  it('takes right-to-left from the language tag', () => {
    for (const tag of ['ar', 'he', 'fa-IR', 'ur', 'yi', 'az-Arab']) expect(writingSystemOf(tag, 'Hello').dir).toBe('rtl');
    for (const tag of ['en', 'de-CH', 'zh-Hans', 'ku-Latn']) expect(writingSystemOf(tag, 'Hello').dir).toBe('ltr');
  });

  it('takes CJK from the language tag', () => {
    expect(writingSystemOf('zh-TW', 'title').cjk).toBe('zh');
    expect(writingSystemOf('ja', 'title')).toEqual({ dir: 'ltr', cjk: 'ja', lang: 'ja' });
    expect(writingSystemOf('ko', 'title').cjk).toBe('ko');
    expect(writingSystemOf('en', '在没有网络的地方读书').cjk).toBeNull();
  });

  it('detects the writing from the text when the article has no language', () => {
    expect(writingSystemOf(null, 'مرحبا بالعالم، هذه مقالة')).toEqual({ dir: 'rtl', cjk: null, lang: null });
    expect(writingSystemOf(null, 'שלום עולם, זה מאמר קצר (Offprint)').dir).toBe('rtl');
    expect(writingSystemOf(null, 'Mostly English with one word שלום').dir).toBe('ltr');
    expect(writingSystemOf(null, '在没有网络的地方读书 offline')).toEqual({ dir: 'ltr', cjk: 'zh', lang: 'zh' });
    expect(writingSystemOf(null, '図書館で本を読む').cjk).toBe('ja');
    expect(writingSystemOf(null, '도서관에서 책을 읽다').cjk).toBe('ko');
    expect(writingSystemOf(null, 'Plain English')).toEqual({ dir: 'ltr', cjk: null, lang: null });
    expect(writingSystemOf(null, '').dir).toBe('ltr');
  });
});
