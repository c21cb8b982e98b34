/**
 * English function words: they say nothing about what a text is about, so keywords and "more like this" never
 * pick them. One list for every use (src-shared/text/stop-words/index.ts).
 */
const WORDS = `a about above across after again against all almost also although always am among an and another any are
aren't around as at be became because been before being below between both but by can can't cannot could did
do does doing don't done down during each either else even ever every few first for from further get gets got
had has have having he her here hers herself him himself his how however i i'm i've if in into is isn't it
it's its itself just least less let's like made make many may me might more most much must my myself neither
never new no nor not now of off often on once one only or other others our ours ourselves out over own per
perhaps quite rather really said same say says second several shall she should since so some still such than
that that's the their theirs them themselves then there there's these they they're they've this those though
three through thus to too toward towards two under until up upon us use used using very was wasn't way ways we
we're we've well were weren't what what's whatever when where whether which while who whom whose why will with
within without won't would yet you you're you've your yours yourself yourselves`;

export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/));

/** The English words that make up a large share of any English sentence: used to recognise English text. */
export const ENGLISH_MARKER_WORDS: ReadonlySet<string> = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'it', 'for', 'was', 'with', 'as', 'on', 'are', 'be', 'this',
  'by', 'have', 'from', 'not', 'but', 'or', 'an', 'they', 'which', 'you', 'we', 'has', 'their', 'at',
]);
