/** Very common Japanese function words (kana): never keywords or terms of "more like this". */
export const JAPANESE_STOP_WORDS: ReadonlySet<string> = new Set([
  'これ', 'それ', 'あれ', 'この', 'その', 'あの', 'こと', 'もの', 'ため', 'よう', 'から', 'まで', 'など', 'ので', 'です',
  'ます', 'でした', 'ました', 'する', 'した', 'して', 'いる', 'いた', 'ある', 'あった', 'なる', 'なった',
]);
