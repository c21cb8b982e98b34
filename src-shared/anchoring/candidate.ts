import { prefixSimilarity, suffixSimilarity } from './context';
import type { TextQuoteSelector } from './selectors';

/** A place in the text where the quote may be, with what its surroundings say about it. */
export interface Candidate {
  start: number;
  end: number;
  /** Edits between text[start, end) and the quote. */
  errors: number;
  prefixSimilarity: number | undefined;
  suffixSimilarity: number | undefined;
  /** How well the context agrees, 0..2; unknown sides (at a bound of the text) count 0.5. */
  contextScore: number;
  /** Characters between this start and the old one; 0 when no position was stored. */
  moved: number;
  /** Higher is better: context, fewer errors, closeness to the old position. Compares candidates of one quote. */
  score: number;
}

/** A side this similar agrees beyond what chance gives in ordinary prose (about 0.4 for unrelated text). */
export const STRONG_SIDE = 0.75;
/**
 * Edits in the prefix and suffix may be at most this share of all the characters that vouch for the candidate
 * (the context and the quote's matching characters). A long quote is its own evidence and tolerates a changed
 * neighbour; a short one needs its context nearly intact, since short text recurs.
 */
export const MAX_CONTEXT_EDIT_SHARE = 0.12;
/**
 * Two agreeing candidates whose context scores and overall scores are both this close cannot be told apart:
 * orphan rather than guess.
 */
export const AMBIGUITY_MARGIN = 0.1;
/** What moving across the whole text costs in the score: a copy far from the old position loses to a near one. */
export const POSITION_WEIGHT = 0.5;
/**
 * A candidate this many characters from the old position is far: ordinary edits rarely move text so much, so
 * each known side of its context must agree strongly, as for a fuzzy match.
 */
export const FAR = 2000;

export function evaluateCandidate(
  text: string,
  quote: TextQuoteSelector,
  start: number,
  end: number,
  errors: number,
  expectedStart: number | undefined,
): Candidate {
  const p = prefixSimilarity(text, start, quote.prefix);
  const s = suffixSimilarity(text, end, quote.suffix);
  const moved = expectedStart === undefined ? 0 : Math.abs(start - expectedStart);
  const distance = moved / Math.max(1, text.length);
  const contextScore = (p ?? 0.5) + (s ?? 0.5);
  const score = contextScore - (2 * errors) / Math.max(1, quote.exact.length) - POSITION_WEIGHT * distance;
  return { start, end, errors, prefixSimilarity: p, suffixSimilarity: s, contextScore, moved, score };
}

export interface AgreementRule {
  /** Fuzzy matches have uncertain edges: each known side must then agree strongly, not just one. */
  bothSides: boolean;
}

/**
 * Whether the context around a candidate agrees with the stored prefix and suffix: one known side (or, with
 * `bothSides` or far from the old position, each) strongly similar, and few context edits for the evidence at hand. A quote that was the whole
 * text has no context to check.
 */
export function contextAgrees(candidate: Candidate, quote: TextQuoteSelector, rule: AgreementRule): boolean {
  const p = candidate.prefixSimilarity;
  const s = candidate.suffixSimilarity;
  if (p === undefined && s === undefined) return true;
  const known = [p, s].filter((x): x is number => x !== undefined);
  const strong = known.filter((x) => x >= STRONG_SIDE).length;
  const bothSides = rule.bothSides || candidate.moved > FAR;
  if (strong === 0 || (bothSides && strong < known.length)) return false;
  const contextEdits = quote.prefix.length * (1 - (p ?? 1)) + quote.suffix.length * (1 - (s ?? 1));
  const evidence = quote.prefix.length + quote.suffix.length + quote.exact.length - candidate.errors;
  return contextEdits <= MAX_CONTEXT_EDIT_SHARE * evidence;
}

const overlap = (a: Candidate, b: Candidate): boolean => a.start < b.end && b.start < a.end;

/**
 * The best candidate whose context agrees; undefined when none does, or when another, separate candidate agrees
 * about as well (the text repeats and the context cannot tell which one was meant).
 */
export function chooseCandidate(
  candidates: readonly Candidate[],
  quote: TextQuoteSelector,
  rule: AgreementRule,
): Candidate | undefined {
  const agreeing = candidates.filter((c) => contextAgrees(c, quote, rule));
  let best: Candidate | undefined;
  for (const candidate of agreeing) {
    if (!best || candidate.score > best.score) best = candidate;
  }
  if (!best) return undefined;
  const chosen = best;
  const rival = agreeing.some(
    (c) =>
      !overlap(c, chosen) &&
      c.contextScore >= chosen.contextScore - AMBIGUITY_MARGIN &&
      c.score >= chosen.score - AMBIGUITY_MARGIN,
  );
  return rival ? undefined : chosen;
}
