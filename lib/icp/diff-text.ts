import type { MessageKey } from '../i18n/messages';
import type { I18n } from '../i18n/translate';
import type { Change, IcpDiff } from './diff';
import type { Criterion } from './schema';
import { criterionFieldName, opName, roleName } from './words';

/** One line of a diff for people: added, removed or changed, and its words. */
export interface DiffLine {
  kind: 'add' | 'remove' | 'change';
  text: string;
}

const CHANGE_NAMES = new Set([
  'label',
  'field',
  'operator',
  'range',
  'weight',
  'role',
  'description',
  'name',
  'owner',
]);

/** A criterion's rule in the editor's words: "Employees is between 50-500; weight 4, must have". */
export function criterionSummary(criterion: Criterion, i18n: I18n): string {
  const { t } = i18n;
  const unit = criterion.field === 'revenue' ? ` ${criterion.currency ?? 'EUR'}` : '';
  const what =
    criterion.op === 'between'
      ? `${criterion.min ?? '—'}-${criterion.max ?? '—'}${unit}`
      : (criterion.values ?? []).join(', ');
  const weighting =
    criterion.role === 'exclude'
      ? roleName(t, 'exclude').toLocaleLowerCase(i18n.locale)
      : t('diffWeighting', [
          i18n.number(criterion.weight),
          roleName(t, criterion.role).toLocaleLowerCase(i18n.locale),
        ]);
  return t('diffCriterion', [
    criterionFieldName(t, criterion.field),
    opName(t, criterion.op),
    what,
    weighting,
  ]);
}

/** What lib/icp/diff names the ICP's minCoverage. */
const MIN_COVERAGE = 'minimum coverage';

/** A changed value as shown: fields, conditions and roles by their names, shares as percents. */
function shown(change: Change, value: string | undefined, i18n: I18n): string {
  if (value === undefined || value === '—') return '—';
  if (change.what === MIN_COVERAGE) return i18n.percent(Number(value), 0);
  if (change.what === 'field') return criterionFieldName(i18n.t, value);
  if (change.what === 'operator') return opName(i18n.t, value);
  if (change.what === 'role') return roleName(i18n.t, value).toLocaleLowerCase(i18n.locale);
  return value;
}

function changeText(change: Change, i18n: I18n): string {
  const { t } = i18n;
  if (change.what === 'values')
    return t('diffValues', [
      [
        ...(change.added ?? []).map((value) => `+${value}`),
        ...(change.removed ?? []).map((value) => `−${value}`),
      ].join(' '),
    ]);
  if (change.persona !== undefined)
    return t(
      change.after !== undefined
        ? 'diffPersonaAdded'
        : change.before !== undefined
          ? 'diffPersonaRemoved'
          : 'diffPersonaEdited',
      change.persona,
    );
  if (change.what === 'priorities') return t('diffPriorities');
  if (change.tier !== undefined)
    return change.before === undefined
      ? t('diffTierAdded', [change.tier, change.after ?? ''])
      : change.after === undefined
        ? t('diffTierRemoved', change.tier)
        : t('diffTierChanged', [change.tier, change.before, change.after]);
  const name =
    change.what === MIN_COVERAGE
      ? t('diffWhat_minCoverage')
      : CHANGE_NAMES.has(change.what)
        ? t(`diffWhat_${change.what}` as MessageKey)
        : change.what;
  return t('diffChange', [
    name,
    shown(change, change.before, i18n),
    shown(change, change.after, i18n),
  ]);
}

/** The diff between two versions, one line per change, in the reader's language. */
export function diffText(diff: IcpDiff, i18n: I18n): DiffLine[] {
  const { t } = i18n;
  const separator = t('listSeparator');
  const lines: DiffLine[] = [
    ...diff.added.map((criterion) => ({
      kind: 'add' as const,
      text: t('diffAdded', [criterion.label, criterionSummary(criterion, i18n)]),
    })),
    ...diff.removed.map((criterion) => ({
      kind: 'remove' as const,
      text: t('diffRemoved', [criterion.label, criterionSummary(criterion, i18n)]),
    })),
    ...diff.changed.map((criterion) => ({
      kind: 'change' as const,
      text: t('diffChanged', [
        criterion.label,
        criterion.changes.map((change) => changeText(change, i18n)).join(separator),
      ]),
    })),
    ...[...diff.tiers, ...diff.details].map((change) => ({
      kind: 'change' as const,
      text: t('diffOther', changeText(change, i18n)),
    })),
  ];
  if (!lines.length)
    lines.push({ kind: 'change', text: t(diff.same ? 'diffNone' : 'diffOrderOnly') });
  return lines;
}
