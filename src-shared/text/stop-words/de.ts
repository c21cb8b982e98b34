/** German function words. */
const WORDS = `aber als am an auch auf aus bei bin bis bist da damit dann das dass dein deine dem den denn der des dich
dir du durch ein eine einem einen einer eines er es euch euer für gegen habe haben ich ihr ihre im in ist ja jede
jeder jedes kann kein keine mich mir mit muss nach nicht noch nun nur ob oder ohne sein seine sich sie sind so
über um und uns unser unter vom von vor wann warum was weil welche wenn wer werden wie wieder wir wird wo zu zum
zur zwischen sehr schon war waren wurde wurden hat man`;

export const GERMAN_STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/));
