/** Polish function words (pronouns, prepositions, conjunctions, particles, forms of być and mieć). */
const WORDS = `a aby ach albo ale ani aż bardzo bez bo bowiem by byli bym byś być był była było były będzie będą ci
cię ciebie co cokolwiek coś czy czyli dla dlaczego dlatego do dość dużo dziś gdy gdyby gdyż gdzie go i ich ile im
inna inne inny innych iż ja ją jak jakaś jakby jaki jakie jakiś jako jakoś je jeden jedna jedno jego jej jemu
jest jestem jesteś jeszcze jeśli jeżeli już każdy kiedy kilka kto ktoś która które którego której który których
którym którzy ku lecz lub ma mają mam mi mimo między mną mnie mogą moi mój moja moje może można mu musi my na nad
nam nami nas nasi nasz nasza nasze natomiast nawet nic nich nie niego niej niemu nigdy nim nimi niż no o obok od
około on ona one oni ono oraz oto po pod podczas pomimo ponad ponieważ przed przede przez przy również są sam
sama się skąd sobie sobą swoje swój swoja swoich ta tak taka taki takie także tam te tego tej ten teraz też to
tobą tobie toteż tu tutaj twoi twój twoja twoje ty tych tylko tym u w wam wami was wasz wasza wasze we według
wiele wielu więc więcej wszyscy wszystkich wszystkie wszystko wtedy wy właśnie z za zawsze ze znowu znów
został została zostało żaden że żeby`;

export const POLISH_STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/));
