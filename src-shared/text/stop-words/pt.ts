/** Portuguese function words. */
const WORDS = `a ao aos as até com como da das de dela dele deles do dos e ela elas ele eles em entre era essa esse
esta está este eu foi foram há isso isto já lhe mais mas me mesmo meu minha muito na nas nem no nos nós num numa o
os ou para pela pelas pelo pelos por qual quando que quem se sem ser seu seus sua suas são também te tem teu um uma
umas uns você`;

export const PORTUGUESE_STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/));
