/** French function words (articles, pronouns, prepositions, conjunctions, common auxiliaries). */
const WORDS = `au aux avec ce ces cet cette dans de des du elle elles en est et été être eux il ils je la le les leur
leurs lui mais me même mes moi mon ne nos notre nous on ont ou où par pas pour qu que qui sa se ses si sont sur ta
te tes toi tu un une vos votre vous était étaient sera avait ai as avons avez aussi comme très plus tout tous toute
toutes dont cela ça ici y l d n s c j m qu`;

export const FRENCH_STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/));
