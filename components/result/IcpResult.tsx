import type { FactField } from '../../lib/facts/schema';
import type { Tone } from '../../lib/score/tiers';
import { useI18n } from '../../lib/i18n/react';
import type { ScoreResult } from '../../lib/score/result';
import { CriterionItem } from './CriterionItem';

function labelsOf(result: ScoreResult, ids: readonly string[]): string {
  return ids
    .map((id) => result.criteria.find((criterion) => criterion.id === id)?.label ?? id)
    .join(', ');
}

/** The tier pill: colour from the tone, text = tier; screen readers hear "Tier B". */
export function TierPill({ result, tone }: { result: ScoreResult; tone: Tone }) {
  const { t } = useI18n();
  if (result.disqualified)
    return (
      <span className="tier-pill tone-excluded" data-tier={result.tier}>
        {t('tierExcluded')}
      </span>
    );
  if (result.tier === null)
    return (
      <span className="tier-pill tone-none" data-tier="?">
        <span aria-hidden="true">?</span>
        <span className="visually-hidden">{t('tierUndecided', [...result.tierRange])}</span>
      </span>
    );
  return (
    <span className={`tier-pill tone-${tone}`} data-tier={result.tier}>
      <span aria-hidden="true">{result.tier}</span>
      <span className="visually-hidden">{t('tierLabel', result.tier)}</span>
    </span>
  );
}

/**
 * One ICP's verdict, explained: tier and score (a range when facts are unknown), the ICP's name
 * and version, the coverage, why it is disqualified or held down, then every criterion.
 */
export function IcpResult({
  result,
  tone,
  headingLevel = 3,
  onEditFact,
}: {
  result: ScoreResult;
  tone: Tone;
  headingLevel?: 3 | 4;
  onEditFact?: (field: FactField) => void;
}) {
  const { t } = useI18n();
  const Heading = `h${headingLevel}` as const;
  const ranged = result.potential > result.score;
  return (
    <div
      className="icp-result"
      data-icp={result.icp.id}
      data-tier={result.tier ?? '?'}
      data-score={result.score}
    >
      <div className="icp-summary">
        <TierPill result={result} tone={tone} />
        <p className="score">
          <span aria-hidden="true">
            <span className="score-value">{result.score}</span>
            {ranged && <span className="score-potential"> … {result.potential}</span>}
          </span>
          <span className="visually-hidden">
            {ranged
              ? t('scoreRange', [result.score, result.potential])
              : t('scoreLabel', result.score)}
          </span>
        </p>
        <div className="icp-meta">
          <Heading className="icp-name">
            {t('icpNameVersion', [result.icp.name, result.icp.version])}
          </Heading>
          <p className="coverage">
            {t('coverage', [result.checked, result.total])}
            <span className="coverage-bar" aria-hidden="true">
              <span style={{ width: `${Math.round(result.coverage * 100)}%` }} />
            </span>
          </p>
        </div>
      </div>
      {!result.decided && (
        <p className="flag flag-unknown" data-undecided="">
          {t('tierUndecided', [...result.tierRange])}
          {result.deciding.length > 0 &&
            ` · ${t('decidingCriteria', labelsOf(result, result.deciding))}`}
        </p>
      )}
      {result.disqualified && (
        <p className="flag flag-excluded">
          {t('disqualifiedBy', labelsOf(result, result.excludedBy))}
        </p>
      )}
      {result.mustMissed.length > 0 && (
        <p className="flag flag-must">{t('mustMissed', labelsOf(result, result.mustMissed))}</p>
      )}
      {result.mustUnknown.length > 0 && (
        <p className="flag flag-unknown">
          {t('mustUnknown', labelsOf(result, result.mustUnknown))}
        </p>
      )}
      <ul className="criteria" aria-label={t('criteriaHeading')}>
        {result.criteria.map((criterion) => (
          <CriterionItem key={criterion.id} criterion={criterion} onEditFact={onEditFact} />
        ))}
      </ul>
    </div>
  );
}
