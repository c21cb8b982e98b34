/**
 * Related Articles across languages (issue 15): function words of Czech, Polish, Russian, Arabic and Korean are
 * never terms; a term in most articles of its language weighs nothing; an article in another language is related
 * only through names (and the same author or tags); a reason is never a function word.
 */
import { describe, expect, it } from 'vitest';
import { InvertedIndex, type SearchDocument } from '../../../../src-shared/search';
import { foldString } from '../../../../src-shared/text/fold';
import { STOP_WORDS } from '../../../../src-shared/text/stop-words';
import { LANGUAGES, textLanguage, UNKNOWN_LANGUAGE } from '../../../../src-shared/search/doc-languages';

const doc = (id: string, title: string, body: string, extra: Partial<SearchDocument> = {}): SearchDocument => ({ id, title, body, ...extra });

function indexOf(docs: SearchDocument[]): InvertedIndex {
  const index = new InvertedIndex({ flushDocs: 4 });
  for (const d of docs) index.add(d);
  return index;
}

const isStopWord = (word: string): boolean =>
  Object.values(STOP_WORDS).some((list) => list.has(word) || [...list].some((w) => foldString(w) === foldString(word)));

/**
 * For each language: two articles on bees in orchards (the second a terse note with hardly a function word), and
 * one on trains that shares only function words with the first, and no more than the two of them have: neither
 * the library-wide nor the per-language cut drops them, only the language's list.
 */
const LANGUAGE_CASES: [string, SearchDocument, SearchDocument, SearchDocument][] = [
  [
    'cs',
    doc('cs-bees-1', 'Včely v sadech', 'Včely opylují jabloně v sadech. Když je v sadech málo včel, tak je úroda menší, ale to se na trhu hned nepozná, a pesticidy včely oslabují.'),
    doc('cs-bees-2', 'Úbytek včel', 'Opylování jabloní v sadech: pesticidy oslabují včely, úroda menší.'),
    doc('cs-train', 'Nový jízdní řád vlaků', 'Vlak jede z města do vesnice a je to pro cestující dobré, protože se na nádraží čeká krátce. Ale když je zpoždění, tak je to horší, a to se nám nelíbí.'),
  ],
  [
    'pl',
    doc('pl-bees-1', 'Pszczoły w sadach', 'Pszczoły zapylają jabłonie w sadach. Gdy w sadach jest mało pszczół, to zbiory są mniejsze, ale tego nie widać od razu, a pestycydy osłabiają pszczoły.'),
    doc('pl-bees-2', 'Zapylanie jabłoni', 'Pszczoły w sadach: pestycydy osłabiają pszczoły, zbiory mniejsze.'),
    doc('pl-train', 'Nowy rozkład jazdy pociągów', 'Pociąg jedzie z miasta do wsi i jest to dla pasażerów dobre, bo na dworcu czeka się krócej. Ale gdy jest opóźnienie, to jest gorzej, i tego nie lubimy.'),
  ],
  [
    'ru',
    doc('ru-bees-1', 'Пчёлы в садах', 'Пчёлы опыляют яблони в садах. Когда в садах мало пчёл, то урожай меньше, но это не сразу видно, и пестициды ослабляют пчёл.'),
    doc('ru-bees-2', 'Опыление яблонь', 'Пчёлы, сады: пестициды ослабляют пчёл, урожай меньше.'),
    doc('ru-train', 'Новое расписание поездов', 'Поезд идёт из города в деревню, и это для пассажиров хорошо, потому что на вокзале ждать недолго. Но когда есть задержка, то это хуже, и это нам не нравится.'),
  ],
  [
    'ar',
    doc('ar-bees-1', 'النحل في البساتين', 'يلقح النحل أشجار التفاح في البساتين. عندما يكون النحل قليلا فإن المحصول أقل، لكن هذا لا يظهر فورا، والمبيدات تضعف النحل.'),
    doc('ar-bees-2', 'تلقيح التفاح', 'النحل والبساتين: المبيدات تضعف النحل، المحصول أقل.'),
    doc('ar-train', 'جدول القطارات الجديد', 'يسير القطار من المدينة إلى القرية، وهذا جيد للركاب لأن الانتظار في المحطة قصير. لكن عندما يكون هناك تأخير فإن ذلك أسوأ، وهذا لا يعجبنا.'),
  ],
  [
    'ko',
    doc('ko-bees-1', '과수원의 꿀벌', '꿀벌은 과수원에서 사과나무를 수분한다. 그리고 꿀벌이 적으면 수확이 줄어든다. 하지만 그것은 바로 보이지 않고, 농약은 꿀벌을 약하게 한다.'),
    doc('ko-bees-2', '꿀벌 수분', '과수원 사과나무 수분: 꿀벌, 농약, 수확 감소.'),
    doc('ko-train', '새 기차 시간표', '기차는 도시에서 마을로 간다. 그리고 역에서 기다리는 시간이 짧아서 승객에게 좋다. 하지만 지연이 있으면 그것은 더 나쁘다.'),
  ],
];

/** Notes of no language sharing nothing: a library of some size, so that no word is in most of its articles. */
const NOTES = Array.from({ length: 6 }, (_, i) => doc(`note-${i}`, `Note ${i}`, `flour${i} eggs${i} salt${i} butter${i}`));

describe('Related Articles in Czech, Polish, Russian, Arabic and Korean', () => {
  it.each(LANGUAGE_CASES)('%s: relates the articles on one subject, never through function words', (code, bees1, bees2, train) => {
    expect(LANGUAGES[textLanguage(bees1.title, bees1.body ?? '') - 1]).toBe(code);
    const index = indexOf([bees1, bees2, train, ...NOTES]);
    const hits = index.moreLikeThis(bees1);
    expect(hits.map((h) => h.id)).toEqual([bees2.id]);
    expect(hits[0]?.sharedTerms.length).toBeGreaterThan(0);
    for (const term of hits[0]?.sharedTerms ?? []) expect(isStopWord(term)).toBe(false);
    // Not even with no floor on the similarity: they share no term at all.
    expect(index.moreLikeThis(train, { minSimilarity: 0 }).map((h) => h.id)).toEqual([]);
  });

  it('has a real list of function words for each of them', () => {
    for (const code of ['cs', 'pl', 'ru', 'ar', 'ko']) expect(STOP_WORDS[code]?.size).toBeGreaterThanOrEqual(100);
    expect(STOP_WORDS.ru?.has('что')).toBe(true);
    expect(STOP_WORDS.pl?.has('że')).toBe(true);
    expect(STOP_WORDS.ar?.has('في')).toBe(true);
    expect(STOP_WORDS.ko?.has('그리고')).toBe(true);
  });
});

describe('the language of an article', () => {
  const SAMPLES: [string, string][] = [
    ['en', 'The council said that the budget of the city is larger than it was, and the mayor agreed with it.'],
    ['fr', 'Le conseil a dit que le budget de la ville est plus grand, et le maire est du même avis pour les écoles.'],
    ['es', 'El consejo dijo que el presupuesto de la ciudad es mayor, y el alcalde está de acuerdo con los vecinos.'],
    ['pt', 'O conselho disse que o orçamento da cidade é maior do que era, e o prefeito não discordou dos vereadores.'],
    ['de', 'Der Rat sagte, dass der Haushalt der Stadt größer ist, und der Bürgermeister ist mit den Zahlen einverstanden.'],
    ['it', 'Il consiglio ha detto che il bilancio della città è più grande, e il sindaco non è contrario alle spese.'],
    ['nl', 'De raad zei dat het budget van de stad groter is dan het was, en de burgemeester is het met ze eens.'],
    ['zh', '市议会表示，这个城市的预算比以前更大了，市长也同意他们的看法。'],
    ['ja', '市議会は、市の予算が以前より大きくなったと述べ、市長もその見方に同意した。'],
  ];

  it.each(SAMPLES)('is read from its commonest words: %s', (code, text) => {
    expect(LANGUAGES[textLanguage(text) - 1]).toBe(code);
  });

  it('is unknown for a text with too few of them (a list of names)', () => {
    expect(textLanguage('Ada Lovelace, Charles Babbage')).toBe(UNKNOWN_LANGUAGE);
  });
});

describe('terms in most articles of their language', () => {
  const wiki = (id: string, title: string, subject: string): SearchDocument =>
    doc(id, title, `${subject} References: Retrieved 3 May 2019. Archived from the original. ISBN 978-0-19-953556-9. Retrieved 4 June 2020.`);
  const ENGLISH = [
    wiki('en-glacier-1', 'Glaciers of the Alps', 'The glaciers of the Alps retreat each summer as meltwater feeds the valleys.'),
    wiki('en-glacier-2', 'Alpine glacier retreat', 'Meltwater from retreating glaciers feeds the Alps valleys below.'),
    wiki('en-opera', 'The opera house', 'The opera house staged a baroque season with a new orchestra.'),
    wiki('en-baroque', 'Baroque opera', 'A baroque opera needs a small orchestra and a season of rehearsals.'),
    wiki('en-chess', 'Chess openings', 'The players of chess study the openings, and the Sicilian defence is one of them.'),
  ];
  const CHINESE = [
    doc('zh-tea-1', '茶叶的研究', '他们研究了绿茶的种植方法。茶园在山区，茶叶的品质很高。'),
    doc('zh-tea-2', '茶园研究', '他们研究茶园的土壤。绿茶的种植需要山区的气候，茶叶品质取决于土壤。'),
    doc('zh-bridge', '桥梁研究', '他们研究了桥梁的钢结构。工程师测量了桥梁的负荷。'),
    doc('zh-rice', '水稻研究', '他们研究了水稻的产量。农民在南方种植水稻。'),
  ];
  // Korean articles: the library is mostly of other languages, so these terms are in few of all its articles.
  const FILLER = Array.from({ length: 8 }, (_, i) =>
    doc(`ko-other-${i}`, `도시 교통 ${i}`, `지하철 ${i}호선은 도시의 동쪽과 서쪽을 연결한다. 승객은 매일 아침에 출발한다.`),
  );

  it('drops "retrieved", "archived" and "isbn" when most English articles have them, though few of the library do', () => {
    const index = indexOf([...ENGLISH, ...CHINESE, ...FILLER]);
    expect(index.moreLikeThis(ENGLISH[4]!).map((h) => h.id)).toEqual([]); // chess shares only the references
    const hits = index.moreLikeThis(ENGLISH[0]!);
    expect(hits[0]?.id).toBe('en-glacier-2');
    for (const hit of hits) expect(hit.sharedTerms).not.toEqual(expect.arrayContaining(['retrieved']));
    for (const hit of hits) for (const t of hit.sharedTerms) expect(['retrieved', 'archived', 'isbn', 'original', 'references']).not.toContain(t.toLowerCase());
  });

  it('drops "研究" when most Chinese articles have it, and never shows "他们"', () => {
    const index = indexOf([...ENGLISH, ...CHINESE, ...FILLER]);
    expect(index.moreLikeThis(CHINESE[2]!).map((h) => h.id)).toEqual([]); // the bridge shares only 研究 and 他们
    const [first] = index.moreLikeThis(CHINESE[0]!);
    expect(first?.id).toBe('zh-tea-2');
    for (const t of first?.sharedTerms ?? []) {
      expect(t).not.toContain('研究');
      expect(t).not.toContain('他们');
    }
  });
});

describe('articles in another language', () => {
  const FRENCH = doc(
    'fr-macron',
    'Le budget du transport public',
    'Le président Emmanuel Macron est arrivé à Bruxelles mardi, où il a rencontré Ursula von der Leyen et Olaf Scholz. Le budget du transport public est important, dit le ministre, et le transport public doit rester un service important pour la nation.',
  );
  const ENGLISH_TOPIC = doc(
    'en-transport',
    'A public transport budget',
    'The city council said the public transport budget is important. Public transport remains an important service, and the budget grows.',
  );
  const ENGLISH_NAMES = doc(
    'en-summit',
    'The summit',
    'At the summit in Bruxelles, as the Belgians call it, Emmanuel Macron met Ursula von der Leyen and Olaf Scholz. The leaders talked until night.',
  );
  const ENGLISH_AUTHOR = doc('en-author', 'Notes from a trip', 'A short diary of a trip to the mountains, with photographs.', { author: 'Claire Dubois' });

  it('relates them only through names, or the same author', () => {
    const index = indexOf([{ ...FRENCH, author: 'Claire Dubois' }, ENGLISH_TOPIC, ENGLISH_NAMES, ENGLISH_AUTHOR]);
    const hits = index.moreLikeThis({ ...FRENCH, author: 'Claire Dubois' });
    const ids = hits.map((h) => h.id);
    expect(ids).toContain('en-summit');
    expect(ids).toContain('en-author');
    expect(ids).not.toContain('en-transport'); // budget, transport, public, important: words, not names
    const summit = hits.find((h) => h.id === 'en-summit');
    expect(summit?.sharedTerms).toEqual(expect.arrayContaining(['Macron', 'Bruxelles']));
    // The same words in the same language do relate.
    const english = indexOf([ENGLISH_TOPIC, doc('en-transport-2', 'Transport budget', 'The public transport budget is important for the service.')]);
    expect(english.moreLikeThis(ENGLISH_TOPIC).map((h) => h.id)).toEqual(['en-transport-2']);
  });
});
