/**
 * Korean function words and endings: conjunctions, pronouns, particles written as their own syllables (에서,
 * 으로), and the commonest verb endings (있다, 하는, 했다). The search index reads Hangul as syllables and pairs of
 * syllables, so "more like this" drops every pair of syllables of these (see CJK_FUNCTION_BIGRAMS).
 */
const WORDS = `그리고 그러나 하지만 그래서 그런데 그러면 그러므로 따라서 또한 또는 및 등 등의 때문에 대한 대해 대해서 위해
위한 통해 통한 있다 있는 있고 있어 있습니다 있었다 있을 없다 없는 없이 하는 하고 하며 하여 해서 했다 했고 했습니다
한다 합니다 하게 하기 된다 되는 되고 됐다 되어 이다 이며 이고 입니다 이라고 라고 에서 에서는 에게 에는 으로 으로는
로서 로써 까지 부터 보다 처럼 만큼 마다 조차 이나 이든 우리 우리는 저희 그녀 그들 그는 이것 그것 저것 여기 거기
저기 이런 그런 저런 이렇게 그렇게 어떤 무슨 모든 어느 가장 매우 아주 너무 더욱 다시 이미 아직 바로 함께 것이
것은 것을 것으로 것도 수도 수가 수는 있으며 으면 하면 되면 으며 이번 지난 당시 경우 정도 관련 가운데 하나 그의 이를 이는 이에`;

export const KOREAN_STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/));
