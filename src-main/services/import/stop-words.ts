/** Words too common to characterise a text: left out of keywords, and used to recognise English. */

export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between
  both but by can could did do does doing down during each few for from further had has have having he her here
  hers herself him himself his how i if in into is it its itself just like made make many may me might more most
  much must my myself no nor not now of off on once one only or other our ours ourselves out over own said same
  she should so some such than that the their theirs them themselves then there these they this those through to
  too under until up upon us very was we well were what when where which while who whom whose why will with
  would yet you your yours yourself yourselves it's don't can't won't isn't aren't wasn't weren't i'm you're
  we're they're i've you've we've they've that's there's what's let's also even every however into get gets got
  new say says way ways use used using two three first second within without among across toward towards`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);

/** The English words that make up a large share of any English sentence: used to recognise English text. */
export const ENGLISH_MARKER_WORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'of', 'to', 'in', 'is', 'that', 'it', 'for', 'was', 'with', 'as', 'on', 'are', 'be', 'this',
  'by', 'have', 'from', 'not', 'but', 'or', 'an', 'they', 'which', 'you', 'we', 'has', 'their', 'at',
]);

/** Very common Chinese and Japanese function words of two or more characters. */
export const CJK_STOP_WORDS: ReadonlySet<string> = new Set([
  '我们', '你们', '他们', '她们', '它们', '自己', '一个', '一些', '一种', '这个', '那个', '这些', '那些', '这样', '那样',
  '这种', '那种', '什么', '怎么', '为什么', '因为', '所以', '但是', '而且', '并且', '如果', '虽然', '然而', '可以', '可能',
  '已经', '还是', '就是', '不是', '没有', '只是', '也是', '都是', '还有', '以及', '或者', '其中', '之一', '时候', '通过',
  '对于', '关于', '进行', '一样', '非常', '一直', '一定', '不会', '不能', '这里', '那里', '今天', '现在', '以后', '之后',
  '之前', '以前', '其实', '当然', '甚至', '于是', '由于', '因此', '的话', '起来', '出来', '一下', '有些', '有的', '每个',
  'これ', 'それ', 'あれ', 'この', 'その', 'あの', 'こと', 'もの', 'ため', 'よう', 'から', 'まで', 'など', 'ので',
  'です', 'ます', 'でした', 'ました', 'する', 'した', 'して', 'いる', 'いた', 'ある', 'あった', 'なる', 'なった',
]);
