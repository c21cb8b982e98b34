/**
 * The words of saved pages: metadata labels (English and Chinese, with some Japanese and Korean) and the page chrome that is
 * not part of an article (zoom and share links, comment prompts, "Related Articles" headings).
 */

export type LabelField = 'title' | 'author' | 'source' | 'publishedAt' | 'submittedAt' | 'url' | 'tags' | 'keywords' | 'ignore';

export const LABELS: Readonly<Record<LabelField, readonly string[]>> = {
  title: ['title', 'headline', '标题', '標題', '题目', '題名', '文章标题', 'タイトル', '제목'],
  author: ['author', 'authors', 'by', 'byline', 'writer', 'written by', 'reporter', '作者', '记者', '記者', '撰文', '撰稿', '文章作者', '著者', '筆者', '기자', '작성자', '글쓴이'],
  source: ['source', 'from', 'publisher', 'publication', '来源', '來源', '出处', '出處', '稿源', '文章来源', '出典', '출처'],
  publishedAt: [
    'published', 'published on', 'published at', 'publish date', 'publish time', 'publication date', 'date',
    'posted', 'posted on', 'release date', 'release time', 'released', 'time', '发布时间', '發佈時間', '发布日期',
    '发表时间', '發表時間', '发表日期', '日期', '时间', '時間', '出版日期', '公開日', '公開日時', '掲載日', '配信日',
    '配信日時', '投稿日', '작성일', '등록일', '발행일', '입력', '기사입력',
  ],
  submittedAt: ['submit time', 'submitted', 'submitted on', 'submitted at', 'submit date', 'submission date', '提交时间', '提交日期', '投稿时间', '投稿日期'],
  url: ['url', 'link', 'source url', 'original url', 'saved from', 'permalink', 'web address', '原文链接', '原文地址', '链接', '網址', '网址'],
  tags: ['tags', 'tag', 'topics', 'categories', 'category', '标签', '標籤', 'タグ'],
  // A page's keywords are the article's keywords, never its tags.
  keywords: ['keywords', 'keyword', '关键词', '關鍵詞', '关键字', 'キーワード', '키워드'],
  ignore: [
    'editor', 'editors', 'edited by', 'updated', 'last updated', 'last modified', 'modified', 'views', 'hits',
    'reads', 'comments', 'word count', 'reading time', 'font size', 'text size', 'share', 'share to', 'share on',
    'print', 'photo', 'photos', '编辑', '編輯', '责任编辑', '責任編輯', '责编', '責編', '更新时间', '更新時間', '浏览',
    '浏览次数', '阅读', '阅读量', '阅读次数', '点击', '点击数', '评论', '字号', '字體', '字体', '分享到', '分享',
    '打印', '关注', '图片', '摄影', '翻译', '校对', '審校', '审校', '更新日', '更新日時', '最終更新', '写真', '수정',
  ],
};

/** Whole lines (lower-cased, trimmed) that are page chrome wherever they appear. */
export const CHROME_LINE_PATTERNS: readonly RegExp[] = [
  /^comments?\s*(and|&)\s*feedbacks?$/,
  /^(\d+\s+)?comments?\s*(\(\d+\))?$/,
  /^(leave|post|add|write|view|show|read|see)\s+(a\s+|all\s+|the\s+)?(\d+\s+)?(comments?|repl(y|ies))$/,
  /^(share|share this( article| story| page| post)?|share (on|via|to|with) .{1,30})[:：]?$/,
  /^(print|print this( article| page| story)?|printer[- ]friendly( version| page)?)$/,
  /^(e-?mail|e-?mail this( article| story| page)?|e-?mail to a friend|send to a friend)$/,
  /^(back to top|to top|top of page|skip to (main )?content|close window|close)$/,
  /^\d+\s*(min|mins|minutes?)\s+read$/,
  /^(advertisement|advertising|sponsored( content)?|ad)$/,
  /^(©|copyright ©|copyright \(c\)|\(c\)\s*\d{4}).{0,150}$/,
  /^.{0,120}all rights reserved\.?$/,
  /^(follow us|subscribe|sign up for our newsletter|subscribe to our newsletter)( on .{1,30})?[:：]?$/,
  /^(font size|text size)\s*[:：]?\s*[a-z+\-\s]{0,20}$/,
  /^(发表评论|我要评论|网友评论|查看评论|评论|打印本页|打印|关闭窗口|关闭|返回顶部|收藏|纠错|举报|点赞|我要纠错)$/,
  /^分享到?\s*[:：]?.{0,30}$/,
  /^【?\s*(字号|字体)\s*[:：]?\s*[大中小默认\s]*】?.{0,20}$/,
  /^[=\-_*~#·•.]{3,}$/,
];

/** Pieces of a chrome line: a line made only of these (split at `|`, `/`, brackets, or spaces) is chrome. */
export const CHROME_TOKENS: ReadonlySet<string> = new Set([
  'zoom in', 'zoom out', 'zoom', 'print', 'print this', 'share', 'share this', 'email', 'e-mail', 'tweet',
  'facebook', 'twitter', 'x', 'weibo', 'wechat', 'linkedin', 'reddit', 'whatsapp', 'pinterest', 'telegram',
  'a+', 'a-', 'a', 'larger', 'smaller', 'large', 'medium', 'small', 'reset', 'font size', 'text size', 'comments',
  'comment', 'feedback', 'close', 'back', 'top', 'back to top', 'bookmark', 'save', 'copy link', 'rss',
  '放大', '缩小', '打印', '分享', '评论', '关闭', '收藏', '大', '中', '小', '微信', '微博', 'qq空间', 'qq', '豆瓣',
  '复制链接', '字号', '字体', '默认', '返回', '顶部', '纠错', '推荐', '手机看', '扫一扫',
  'シェア', 'ツイート', 'ポスト', '印刷', 'メール', 'ブックマーク', '保存', 'コメント', 'いいね',
  '공유', '인쇄', '스크랩', '댓글', '카카오톡', '페이스북',
]);

/** Headings after which a saved page lists other articles: they and everything after them are dropped. */
export const RELATED_HEADING =
  /^(related( articles?| stories| news| posts| content| links| reading| coverage| topics| items)?|you (may|might) also like|more stories|more from .{1,40}|recommended( for you| reading| stories| articles)?|read more|most (read|popular|viewed)|相关新闻|相关文章|相关阅读|相关报道|相关链接|相关推荐|相關新聞|相關文章|延伸阅读|推荐阅读|热门推荐|猜你喜欢|更多新闻|热点推荐|关联阅读|関連記事|関連ニュース|あわせて読みたい|おすすめ記事|관련\s?기사|관련\s?뉴스|많이 본 뉴스)$/;

/** First words of a navigation trail ("Home > World > Asia", "首页 > 国际"). */
export const CRUMB_START =
  /^(home|homepage|首页|主页|トップ|ホーム|홈)\s*([>»›|/]|$)|^(当前位置|您的位置|您现在的位置|位置)\s*[:：]/;
