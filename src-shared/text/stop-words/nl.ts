/** Dutch function words. */
const WORDS = `aan al als bij door dan dat de den der deze die dit doch doen een en er ge geen had heb hebben heeft hem het
hier hij hoe hun ik in is ja je kan kon maar me men met mij mijn na naar niet niets nog nu of om omdat ons ook op
over te tegen toch toen tot u uit van veel voor want was wat we wel werd wie wij wordt zal ze zelf zich zij zijn zo
zonder zou`;

export const DUTCH_STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/));
