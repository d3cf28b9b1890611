import { foldText } from '../normalize/text';
import noise from './title-noise.json';

/**
 * Splits a job title into words and separators, without any regex that could backtrack:
 * one linear scan of a single-class pattern, then small checks on neighbouring characters.
 */

/** `soft` joins parts of one title ("&", "/", ","); `hard` separates headline fragments ("|"). */
export type TitleTokenKind = 'word' | 'soft' | 'hard' | 'cut';

export interface TitleToken {
  kind: TitleTokenKind;
  /** Folded form used for matching: lower case, no accents ("Directrice" → "directrice"). */
  key: string;
  /** The characters as written in the title. */
  text: string;
  start: number;
  end: number;
}

/** Longer input is cut: a LinkedIn headline holds 220 characters. */
export const MAX_TITLE_LENGTH = 400;

const PIECE = /[\p{L}\p{N}]+|[&/|,;+•·@–—-]/gu;
const SOFT = new Set(['&', '/', ',', ';', '+']);
const HARD = new Set(['|', '•', '·', '–', '—', '-']);
const GENDER_SUFFIXES = new Set(noise.genderSuffixes.map((suffix) => foldText(suffix)));
const CUT_WORDS = new Set(noise.cutWords.map((word) => foldText(word)));
const FORMER_WORDS = new Set(noise.formerWords.map((word) => foldText(word)));
/** Characters that attach a gender ending to its word: "Chargé(e)", "Leiter/in", "Directeur·rice". */
const SUFFIX_GLUE = new Set(['(', ')', '/', '·', '.', '-', '*', ':', '_']);

/** The title as tokens see it: composed accents, at most MAX_TITLE_LENGTH characters. */
export function normalizeTitle(title: string): string {
  return title.normalize('NFC').slice(0, MAX_TITLE_LENGTH);
}

/**
 * Tokens of a title, in order, with offsets into `normalizeTitle(title)`. Dropped: gender
 * endings ("(e)", "/in", "·rice"), the company after "@", "at", "chez" or "bei" up to the next
 * separator, and parts that start with "ex" or "former" (a past job).
 */
export function titleTokens(title: string): TitleToken[] {
  const kept: TitleToken[] = [];
  let skipping = false;
  let partStart = true;
  for (const token of allTokens(title)) {
    if (token.kind === 'soft' || token.kind === 'hard') {
      kept.push(token);
      skipping = false;
      partStart = true;
    } else if (token.kind === 'cut' || CUT_WORDS.has(token.key)) skipping = true;
    else if (partStart && FORMER_WORDS.has(token.key)) skipping = true;
    else if (!skipping) {
      kept.push(token);
      partStart = false;
    }
  }
  return kept;
}

function allTokens(title: string): TitleToken[] {
  const text = normalizeTitle(title);
  const tokens: TitleToken[] = [];
  let lastWord = -1;
  for (const match of text.matchAll(PIECE)) {
    const piece = match[0];
    const start = match.index;
    const end = start + piece.length;
    if (piece.length > 1 || /[\p{L}\p{N}]/u.test(piece)) {
      const key = foldText(piece);
      const previous = lastWord >= 0 ? tokens[lastWord] : undefined;
      if (previous && isGenderEnding(text, previous.end, start, end, key)) {
        tokens.length = lastWord + 1;
        continue;
      }
      tokens.push({ kind: 'word', key, text: piece, start, end });
      lastWord = tokens.length - 1;
      continue;
    }
    const spaced = isSpace(text[start - 1]) && isSpace(text[start + 1]);
    // A hyphen or a middle dot inside a word ("Co-Founder", "directeur·rice") separates nothing.
    if ((piece === '-' || piece === '·') && !spaced) continue;
    const kind: TitleTokenKind =
      piece === '@' ? 'cut' : SOFT.has(piece) ? 'soft' : HARD.has(piece) ? 'hard' : 'soft';
    tokens.push({ kind, key: piece, text: piece, start, end });
  }
  return tokens;
}

function isGenderEnding(
  text: string,
  previousEnd: number,
  start: number,
  end: number,
  key: string,
): boolean {
  if (!GENDER_SUFFIXES.has(key) || start === previousEnd) return false;
  for (let index = previousEnd; index < start; index++)
    if (!SUFFIX_GLUE.has(text[index] ?? '')) return false;
  // "Marketing/E-commerce": a letter run that goes on after a hyphen is a word, not an ending.
  return text[end] !== '-';
}

function isSpace(char: string | undefined): boolean {
  return char === undefined || char.trim() === '';
}

/** The folded keys of a keyword or vocabulary term, the way titles are tokenised. */
export function termKeys(term: string): string[] {
  return titleTokens(term).map((token) => token.key);
}
