/**
 * The commonest words of each language that the others rarely use, as the search index holds them (folded words;
 * single characters for Chinese, Japanese and Korean, which it reads character by character): an article's
 * language is the one whose markers it uses most (see src-shared/search/doc-languages.ts).
 */
export const LANGUAGE_MARKERS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'is', 'that', 'with', 'was', 'which'],
  fr: ['le', 'les', 'des', 'du', 'au', 'est', 'une', 'dans', 'pour', 'qui', 'pas', 'avec', 'sur'],
  es: ['el', 'los', 'las', 'del', 'por', 'una', 'para', 'como', 'pero', 'y', 'es', 'su'],
  pt: ['da', 'do', 'das', 'dos', 'uma', 'nao', 'em', 'mais', 'tambem', 'pelo', 'ao', 'foi', 'sao', 'ele'],
  de: ['der', 'die', 'und', 'das', 'nicht', 'ist', 'ein', 'eine', 'sich', 'auf', 'mit', 'den'],
  it: ['il', 'della', 'che', 'di', 'sono', 'gli', 'delle', 'anche', 'nel', 'alla', 'per', 'non'],
  nl: ['het', 'een', 'van', 'niet', 'zijn', 'ook', 'wordt', 'dat', 'voor', 'met', 'naar', 'ik'],
  cs: ['v', 'je', 'se', 'jsou', 'ktere', 'byl', 'jsem', 'podle', 'neni', 'jeho', 'kdyz', 'tak'],
  pl: ['w', 'sie', 'nie', 'jest', 'przez', 'oraz', 'ktore', 'dla', 'gdy', 'jego', 'tez', 'sa'],
  ru: ['и', 'в', 'не', 'на', 'что', 'это', 'как', 'по'],
  ar: ['في', 'من', 'على', 'إلى', 'أن', 'التي', 'عن', 'هذا', 'لا', 'ما', 'مع', 'أو'],
  zh: ['的', '是', '了', '在', '和', '这', '们', '为'],
  ja: ['の', 'は', 'を', 'に', 'が', 'で', 'て', 'た'],
  ko: ['는', '을', '를', '의', '에', '이', '다', '고'],
};
