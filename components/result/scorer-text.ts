import type { Translate } from '../../lib/i18n/translate';

/**
 * The scorer (lib/score/evaluate.ts) writes its notes and a few evidence values in English, as
 * the CLI's JSON shows them. The extension pages put the known phrasings into the UI language;
 * anything else is shown as written. tests/unit/components/scorer-text.test.ts scores real cases,
 * so a change of wording in the scorer fails there rather than leaving English in a French UI.
 */

function bounds(t: Translate, text: string): string {
  const upTo = /^up to (.+)$/.exec(text);
  return upTo ? t('boundsUpTo', upTo[1]!) : text;
}

const GUESS_ORIGINS = {
  "the page's language": 'guessFromLanguage',
  'the web address': 'guessFromAddress',
  'the page text': 'guessFromText',
  'a weak signal': 'guessFromWeakSignal',
} as const;

const LIKELY = 'likely ';
const FROM = ', from ';
const OVERLAPS = ' partly overlaps ';
const MIDDLE_DECIDES = '; its middle decides';

function notePart(t: Translate, part: string): string {
  if (part === "technologies are read only from the company's own site (its page code)")
    return t('noteTechOwnSite');
  const from = part.startsWith(LIKELY) ? part.lastIndexOf(FROM) : -1;
  if (from > LIKELY.length) {
    const source = part.slice(from + FROM.length);
    const origin = GUESS_ORIGINS[source as keyof typeof GUESS_ORIGINS];
    return t('noteGuess', [part.slice(LIKELY.length, from), origin ? t(origin) : source]);
  }
  let match = /^too little text read to rule it out \((\d+) of (\d+) characters\)$/.exec(part);
  if (match) return t('noteShortText', [match[1]!, match[2]!]);
  match = /^no exchange rate for (.+)$/.exec(part);
  if (match) return t('noteNoRate', match[1]!);
  match = /^converted to about (.+)$/.exec(part);
  if (match) return t('noteConverted', match[1]!);
  // By hand: `^(.+) partly overlaps (.+);…$` backtracks quadratically on a long part.
  const overlap = part.endsWith(MIDDLE_DECIDES) ? part.lastIndexOf(OVERLAPS) : -1;
  if (overlap > 0 && overlap + OVERLAPS.length < part.length - MIDDLE_DECIDES.length)
    return t('noteOverlap', [
      part.slice(0, overlap),
      bounds(t, part.slice(overlap + OVERLAPS.length, -MIDDLE_DECIDES.length)),
    ]);
  return part;
}

/** A criterion's note ("converted to about …; … partly overlaps …") in the UI language. */
export function localizeNote(t: Translate, note: string): string {
  return note
    .split(/; (?!its middle decides)/)
    .map((part) => notePart(t, part))
    .join(t('noteSeparator'));
}

/** An evidence value the scorer worded itself ("none found", "mentions SaaS") in the UI language. */
export function localizeEvidenceValue(t: Translate, value: string): string {
  if (value === 'none found') return t('noneFound');
  if (value === 'no listed keyword') return t('evidenceNoKeyword');
  const mentions = /^mentions (.+)$/.exec(value);
  return mentions ? t('evidenceMentions', mentions[1]!) : value;
}
