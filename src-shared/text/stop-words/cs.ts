/** Czech function words (pronouns, prepositions, conjunctions, particles, forms of být and mít). */
const WORDS = `a aby ale ani ano asi až bez bude budem budeme budete budou bych by byl byla byli bylo byly bys být co
což či další do dnes ho i já jak jakmile jako jakož je jeho jej její jejich jelikož jemu jen jenom jenž ještě
jestli jestliže jež ji jí jim jimi jinak jiné jiný jsem jsi jsme jsou jste k kam kde kdo kdy když ke která které
kterou který kteří ku má mají mám máme máte mé mě mezi mi mít mne mně mnou moc moje mu můj může můžete můžu my
na nad nám námi nás náš naše naši ne nebo nebyl nebyla nebylo nechť něco nějak nějaký někdo není neboť než nic
nich ním nimi no o od on ona oni ono ony pak po pod podle pokud pouze právě pro proč proti proto protože před
přede přes při s se si sice své svůj svých svým ta tady tak také takže tam tamto te tě tedy ten tento teď této
tím tímto to tohle toho tohoto tom tomto tomu tomuto toto tu tuto ty tyto u už v vám vámi vás váš vaše ve více
však všechen všechno všichni vy z za zda zde ze že`;

export const CZECH_STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/));
