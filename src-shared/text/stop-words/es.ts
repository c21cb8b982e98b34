/** Spanish function words. */
const WORDS = `a al algo algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos
en entre es esa esas ese eso esos esta estaba estas este esto estos está están fue fueron ha han hasta hay la las le
les lo los más me mi mis mucho muy nada ni no nos nosotros o otra otras otro otros para pero poco por porque que
quien se sea ser si sido sin sobre son su sus también tanto te tiene todo todos tu tus un una uno unos unas y ya yo`;

export const SPANISH_STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/));
