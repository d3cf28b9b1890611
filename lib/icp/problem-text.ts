import type { MessageKey } from '../i18n/messages';
import type { I18n } from '../i18n/translate';
import type { IcpIssue, IcpProblem } from './validate';
import { criterionFieldName, opName, roleName } from './words';

/**
 * ICP problems in the user's words and language, counted from 1 as people count:
 * "Criterion 7: pick at least one value", not "criteria[6].values Too small: expected array to
 * have >=1 items". Used wherever a person reads a problem (the editor, a file import, a sync
 * status); the CLI keeps the JSON paths and zod's messages for developers.
 */

interface Located {
  /** "Criterion 7", "Tier 2" or undefined for the ICP itself. */
  where?: string;
  /** The list the problem is in, when it is inside one criterion, tier or persona. */
  list?: 'criteria' | 'tiers' | 'personas';
  /** The key the problem is about, inside its criterion, tier or persona (or at the top). */
  key?: string;
  /** The position inside a list value (values[3]), 1-based. */
  item?: number;
}

const PARTS = new Set([
  'id',
  'name',
  'label',
  'field',
  'op',
  'values',
  'min',
  'max',
  'currency',
  'weight',
  'role',
  'description',
  'version',
  'owner',
  'updatedAt',
  'color',
  'titles',
  'notes',
  'tiers',
  'criteria',
  'personas',
  'format',
  'seniorities',
  'departments',
  'excludeTitles',
  'minFit',
  'strongFit',
  'matrix',
  'minCoverage',
]);

function locate(path: string, i18n: I18n): Located {
  const { t } = i18n;
  // No leading \s* in the pattern: it would backtrack quadratically on a long run of spaces.
  const csvLine = /\(CSV line (\d+)\)$/.exec(path);
  const bare = csvLine ? path.slice(0, csvLine.index).trimEnd() : path;
  const match = /^(criteria|tiers|personas)\[(\d+)\](?:\.(\w+))?(?:\[(\d+)\])?/.exec(bare);
  let located: Located;
  if (match) {
    const number = i18n.number(Number(match[2]) + 1);
    const where =
      match[1] === 'criteria'
        ? t('problemWhereCriterion', number)
        : match[1] === 'tiers'
          ? t('problemWhereTier', number)
          : t('problemWherePersona', number);
    located = { where, list: match[1] as Located['list'], key: match[3] };
    if (match[4] !== undefined) located.item = Number(match[4]) + 1;
  } else if (/^CSV line \d+$/.test(bare)) {
    // A row of a CSV sheet that could not be read into a criterion.
    located = { where: t('problemWhereCsvLine', bare.slice(9)) };
  } else if (/^priorities\.\w+/.test(bare)) {
    located = { where: t('problemWherePriorities'), key: bare.split('.')[1] };
  } else {
    const top = /^(\w+|\$schema)(?:\[(\d+)\])?/.exec(bare);
    located = top ? { key: top[1] === 'id' ? 'icpId' : top[1] } : {};
  }
  if (csvLine)
    located.where = t('problemCsvLine', [
      located.where ?? t('problemPartUnknown', 'CSV'),
      csvLine[1]!,
    ]);
  return located;
}

function partName(key: string | undefined, i18n: I18n): string {
  if (key === 'icpId') return i18n.t('problemPart_icpId');
  if (key && PARTS.has(key)) return i18n.t(`problemPart_${key}` as MessageKey);
  return i18n.t('problemPartUnknown', key ?? '');
}

/**
 * Allowed values of a list setting, named as the editor names them; a persona's settings (role,
 * seniorities, departments) have no editor yet and keep the file's words.
 */
function allowedValues(located: Located, values: readonly string[], i18n: I18n): string {
  const { key } = located;
  const persona = located.list === 'personas';
  const name = (value: string) =>
    key === 'field'
      ? criterionFieldName(i18n.t, value)
      : key === 'op'
        ? opName(i18n.t, value)
        : key === 'role' && !persona
          ? roleName(i18n.t, value)
          : value;
  return values.map(name).join(', ');
}

/** Our own rules (schema cross-checks and the local store), by their code. */
function ruleText(issue: IcpIssue, i18n: I18n): string | undefined {
  const { t } = i18n;
  if (issue.phrase) return i18n.say(issue.phrase);
  const param = (name: string) => String(issue.params?.[name] ?? '');
  switch (issue.params?.rule ?? issue.code) {
    case 'op-for-field':
      return t('problemOpForField', [
        opName(t, param('op')),
        criterionFieldName(t, param('field')),
      ]);
    case 'range-needs-bound':
      return t('problemRangeNeedsBound');
    case 'max-below-min':
      return t('problemMaxBelowMin');
    case 'range-without-values':
      return t('problemRangeWithoutValues');
    case 'needs-values':
      return t('problemPickValue');
    case 'currency-revenue-only':
      return t('problemCurrencyRevenueOnly');
    case 'duplicate-id':
      return t('problemDuplicateId', param('id'));
    case 'needs-scoring-criterion':
      return t('problemNeedsScoringCriterion');
    case 'duplicate-tier':
      return t('problemDuplicateTier', param('label'));
    case 'reserved-tier':
      return t('problemReservedTier', param('label'));
    case 'reserved-undecided-tier':
      return t('problemReservedUndecidedTier', param('label'));
    case 'unsupported_format':
      return t('problemUnsupportedFormat', param('format'));
    case 'json_syntax':
      return t('problemJsonSyntax', param('detail'));
    case 'locked':
      return t('problemLocked');
    case 'id_taken':
      return t('problemIdTaken', [param('id'), param('source')]);
    case 'file_too_large':
      return t('problemFileTooLarge', i18n.size(Number(issue.params?.bytes ?? 0)));
    case 'version_gone':
      return t('problemVersionGone');
    case 'version_unsigned':
      return t('problemVersionUnsigned');
    case 'persona-same-id':
      return t('problemPersonaSameId', i18n.number(Number(issue.params?.first ?? 0) + 1));
    case 'persona-same-name':
      return t('problemPersonaSameName', i18n.number(Number(issue.params?.first ?? 0) + 1));
    case 'title-excluded':
      return t('problemTitleExcluded', param('word'));
    case 'strong-below-min':
      return t('problemStrongBelowMin');
    case 'matrix-unknown-tier':
      return t('problemMatrixUnknownTier', [param('label'), param('tiers')]);
    default:
      return undefined;
  }
}

/** zod's checks, worded for the key they are about; undefined for an issue we cannot word. */
function checkText(issue: IcpIssue, located: Located, i18n: I18n): string | undefined {
  const { t } = i18n;
  const { key, item, list } = located;
  const part = partName(key, i18n);
  const min = i18n.number(issue.minimum ?? 0);
  const max = i18n.number(issue.maximum ?? 0);
  if (key === 'values' && item !== undefined) return t('problemValueBad', i18n.number(item));
  switch (issue.code) {
    case 'too_small':
      if (key === 'minCoverage') return t('problemMinCoverage');
      if (key === 'values') return t('problemPickValue');
      if (key === 'weight') return t('problemWeightPositive');
      if (key === 'version') return t('problemVersion');
      if (key === 'tiers' && !list) return t('problemNoTier');
      if (key === 'criteria' && !list) return t('problemNoCriterion');
      if (key === 'min' && list === 'tiers') return t('problemTierScore');
      if (key === 'min' || key === 'max') return t('problemNegative');
      if (issue.origin === 'string') {
        if (key === 'label')
          return t(list === 'tiers' ? 'problemTierLabelEmpty' : 'problemLabelEmpty');
        if (key === 'name' && !list) return t('problemNameEmpty');
        return t('problemEmpty', part);
      }
      if (issue.origin === 'array') return t('problemTooFew', [part, min]);
      return t('problemNumberMin', [part, min]);
    case 'too_big':
      if (key === 'minCoverage') return t('problemMinCoverage');
      if (key === 'values') return t('problemTooManyValues', max);
      if (key === 'weight') return t('problemWeightMax', max);
      if (key === 'min' && list === 'tiers') return t('problemTierScore');
      if (key === 'tiers' && !list) return t('problemTooManyTiers', max);
      if (key === 'criteria' && !list) return t('problemTooManyCriteria', max);
      if (issue.origin === 'string') return t('problemTooLong', [part, max]);
      if (issue.origin === 'array') return t('problemTooMany', [part, max]);
      return t('problemNumberMax', [part, max]);
    case 'invalid_format':
      if (key === 'id' || key === 'icpId') return t('problemIdFormat');
      if (key === 'currency') return t('problemCurrencyFormat');
      if (key === 'color') return t('problemColorFormat');
      if (key === 'updatedAt') return t('problemDateFormat');
      return undefined;
    case 'invalid_type':
      if (issue.missing) return t('problemMissing', part);
      if (key === 'version') return t('problemVersion');
      return t('problemWrongType', [
        part,
        t(`problemType_${issue.expected ?? 'string'}` as MessageKey),
      ]);
    case 'invalid_value':
      if (key === 'format') return t('problemNotIcpFormat');
      return t('problemChooseAmong', [part, allowedValues(located, issue.values ?? [], i18n)]);
    case 'unrecognized_keys':
      return t('problemUnknownKeys', (issue.keys ?? []).join(', '));
    default:
      return undefined;
  }
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * One problem as a person reads it: "Criterion 7: pick at least one value", "Critère 7 : …",
 * "The name cannot be empty". Problems we cannot word (an unknown code) keep their English
 * message, still placed in the user's words.
 */
export function describeIcpProblem(problem: IcpProblem, i18n: I18n): string {
  const located = locate(problem.path, i18n);
  const what =
    (problem.issue && (ruleText(problem.issue, i18n) ?? checkText(problem.issue, located, i18n))) ??
    problem.message;
  return located.where ? i18n.t('problemAt', [located.where, what]) : capitalise(what);
}

/** Every problem, one line each, in the order given. */
export function describeIcpProblems(problems: readonly IcpProblem[], i18n: I18n): string[] {
  return problems.map((problem) => describeIcpProblem(problem, i18n));
}
