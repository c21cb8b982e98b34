/**
 * English function words that say nothing about what an article is about. "More like this" never picks them as
 * terms (their low IDF already keeps most away; in a small library they are not rare enough to be sure).
 */
const WORDS = `a about above after again against all almost also although always am among an and another any are
around as at be became because been before being below between both but by can cannot could did do does doing done
down during each either else even ever every few for from further had has have having he her here hers herself him
himself his how however i if in into is it its itself just least less like made make many may me might more most
much must my myself neither never no nor not now of off often on once one only or other others our ours ourselves
out over own per perhaps quite rather really same say said says several shall she should since so some still such
than that the their theirs them themselves then there these they this those though through thus to too toward
towards under until up upon us very was we well were what whatever when where whether which while who whom whose
why will with within without would yet you your yours yourself yourselves it's don't i'm can't won't isn't`;

export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/));
