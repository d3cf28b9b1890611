import type { I18n, Translate } from '../../lib/i18n/translate';
import { disqualificationReason, type Disqualification } from '../../lib/score/disqualifications';
import type { CriterionResult } from '../../lib/score/result';

/**
 * The scorer (lib/score/criteria.ts) writes its notes and a few evidence values in English, as
 * the CLI's JSON shows them; some notes also come as a phrase (`notePhrase`), worded from the
 * catalogue. The extension pages put the other known phrasings into the UI language; anything
 * else is shown as written. tests/unit/components/scorer-text.test.ts scores real cases,
 * so a change of wording in the scorer fails there rather than leaving English in a French UI.
 */

function bounds(t: Translate, text: string): string {
  const upTo = /^up to (.+)$/.exec(text);
  return upTo ? t('boundsUpTo', upTo[1]!) : text;
}

const OVERLAPS = ' partly overlaps ';
const MIDDLE_DECIDES = '; its middle decides';

function notePart(t: Translate, part: string): string {
  let match = /^no exchange rate for (.+)$/.exec(part);
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

/**
 * A criterion's note in the UI language: its phrase when it has one ("likely FR, from the page's
 * language"), else its English parts ("converted to about …; … partly overlaps …") reworded.
 */
export function localizeNote(
  i18n: Pick<I18n, 't' | 'say'>,
  criterion: Pick<CriterionResult, 'note' | 'notePhrase'>,
): string {
  if (criterion.notePhrase) return i18n.say(criterion.notePhrase);
  return (criterion.note ?? '')
    .split(/; (?!its middle decides)/)
    .map((part) => notePart(i18n.t, part))
    .join(i18n.t('noteSeparator'));
}

/** An evidence value the scorer worded itself ("none found", "mentions SaaS") in the UI language. */
export function localizeEvidenceValue(t: Translate, value: string): string {
  if (value === 'none found') return t('noneFound');
  if (value === 'no listed keyword') return t('evidenceNoKeyword');
  const mentions = /^mentions (.+)$/.exec(value);
  return mentions ? t('evidenceMentions', mentions[1]!) : value;
}

/** Why an ICP disqualifies the company ("Not a competitor (mentions consulting)"), in the UI language. */
export function localizeDisqualification(t: Translate, entry: Disqualification): string {
  return disqualificationReason({
    ...entry,
    criteria: entry.criteria.map((criterion) =>
      criterion.evidence
        ? {
            ...criterion,
            evidence: {
              ...criterion.evidence,
              value: localizeEvidenceValue(t, criterion.evidence.value),
            },
          }
        : criterion,
    ),
  });
}
