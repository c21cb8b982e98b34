/**
 * Node 20's TextDecoder reads windows-1252 (the set behind every `iso-8859-1` and `latin1` label) as ISO-8859-1:
 * bytes 0x80–0x9F come out as invisible C1 controls instead of € ‚ „ … ‘ ’ “ ” – — ™. Those controls never belong
 * in text, so they are mapped to what windows-1252 means by them, as the Encoding Standard says.
 */

const C1_AS_WINDOWS_1252 =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

export function repairWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009F]/g, (char) => C1_AS_WINDOWS_1252.charAt(char.charCodeAt(0) - 0x80));
}
