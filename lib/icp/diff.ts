import type { Criterion, Icp } from './schema';

/**
 * A readable diff between two versions of an ICP: criteria (matched by id) added, removed and
 * changed (weights, values, ranges, roles, labels), tier thresholds, and the ICP's own details.
 */

export interface Change {
  /** What changed: `weight`, `values`, `role`, `range`, `tier B`, `name`… */
  what: string;
  before?: string;
  after?: string;
  /** One phrase for developers (English): `weight 4 → 5`, `values +DE −FR`. */
  text: string;
  /** For `values`: what came in and what went. */
  added?: string[];
  removed?: string[];
  /** For a tier change: the tier's label. */
  tier?: string;
  /** For a persona added, removed or edited: its name. */
  persona?: string;
}

export interface CriterionChange {
  id: string;
  label: string;
  changes: Change[];
}

export interface IcpDiff {
  from: { id: string; version: number };
  to: { id: string; version: number };
  added: Criterion[];
  removed: Criterion[];
  changed: CriterionChange[];
  tiers: Change[];
  details: Change[];
  /** True when the two versions score identically and read the same. */
  same: boolean;
}

const show = (value: unknown) => (value === undefined ? '—' : String(value));

function change(what: string, before: unknown, after: unknown): Change | undefined {
  if (before === after) return undefined;
  return {
    what,
    before: show(before),
    after: show(after),
    text: `${what} ${show(before)} → ${show(after)}`,
  };
}

function range(criterion: Criterion): string | undefined {
  if (criterion.op !== 'between') return undefined;
  const unit = criterion.field === 'revenue' ? ` ${criterion.currency ?? 'EUR'}` : '';
  return `${show(criterion.min)}-${show(criterion.max)}${unit}`;
}

function valuesChange(before: Criterion, after: Criterion): Change | undefined {
  const a = (before.values ?? []).map(String);
  const b = (after.values ?? []).map(String);
  const added = b.filter((value) => !a.includes(value));
  const removed = a.filter((value) => !b.includes(value));
  if (!added.length && !removed.length) return undefined;
  const parts = [...added.map((value) => `+${value}`), ...removed.map((value) => `−${value}`)];
  return {
    what: 'values',
    before: a.join(', '),
    after: b.join(', '),
    text: `values ${parts.join(' ')}`,
    added,
    removed,
  };
}

function criterionChanges(before: Criterion, after: Criterion): Change[] {
  return [
    change('label', before.label, after.label),
    change('field', before.field, after.field),
    change('operator', before.op, after.op),
    valuesChange(before, after),
    change('range', range(before), range(after)),
    change('weight', before.weight, after.weight),
    change('role', before.role, after.role),
    change('description', before.description, after.description),
  ].filter((entry): entry is Change => entry !== undefined);
}

/** Summarises a criterion the way the editor shows it: `employees between 50-500, weight 4, must`. */
export function describeCriterion(criterion: Criterion): string {
  const what = range(criterion) ?? (criterion.values ?? []).join(', ');
  const weight =
    criterion.role === 'exclude' ? 'exclude' : `weight ${criterion.weight}, ${criterion.role}`;
  return `${criterion.field} ${criterion.op} ${what}; ${weight}`;
}

/** Personas added, removed or edited (matched by id, else name), and a changed priority matrix. */
function personaChanges(from: Icp, to: Icp): Change[] {
  const keyed = (icp: Icp) =>
    new Map((icp.personas ?? []).map((persona) => [persona.id ?? persona.name, persona]));
  const before = keyed(from);
  const after = keyed(to);
  const changes: Change[] = [];
  for (const [key, persona] of after) {
    const old = before.get(key);
    if (!old)
      changes.push({
        what: 'persona',
        after: persona.name,
        text: `persona "${persona.name}" added`,
        persona: persona.name,
      });
    else if (JSON.stringify(old) !== JSON.stringify(persona))
      changes.push({
        what: 'persona',
        text: `persona "${persona.name}" edited`,
        persona: persona.name,
      });
  }
  for (const [key, persona] of before)
    if (!after.has(key))
      changes.push({
        what: 'persona',
        before: persona.name,
        text: `persona "${persona.name}" removed`,
        persona: persona.name,
      });
  if (JSON.stringify(from.priorities ?? null) !== JSON.stringify(to.priorities ?? null))
    changes.push({ what: 'priorities', text: 'contact priorities changed' });
  return changes;
}

/** Compares version `from` with version `to` (usually older → newer). */
export function diffIcps(from: Icp, to: Icp): IcpDiff {
  const before = new Map(from.criteria.map((criterion) => [criterion.id, criterion]));
  const after = new Map(to.criteria.map((criterion) => [criterion.id, criterion]));
  const added = to.criteria.filter((criterion) => !before.has(criterion.id));
  const removed = from.criteria.filter((criterion) => !after.has(criterion.id));
  const changed: CriterionChange[] = [];
  for (const criterion of to.criteria) {
    const old = before.get(criterion.id);
    if (!old) continue;
    const changes = criterionChanges(old, criterion);
    if (changes.length) changed.push({ id: criterion.id, label: criterion.label, changes });
  }

  const tiers: Change[] = [];
  const oldTiers = new Map(from.tiers.map((tier) => [tier.label, tier.min]));
  const newTiers = new Map(to.tiers.map((tier) => [tier.label, tier.min]));
  for (const [label, min] of newTiers) {
    const old = oldTiers.get(label);
    if (old === undefined)
      tiers.push({
        what: `tier ${label}`,
        after: String(min),
        text: `tier ${label} added (from ${min})`,
        tier: label,
      });
    else if (old !== min)
      tiers.push({
        what: `tier ${label}`,
        before: String(old),
        after: String(min),
        text: `tier ${label} from ${old} → ${min}`,
        tier: label,
      });
  }
  for (const [label, min] of oldTiers)
    if (!newTiers.has(label))
      tiers.push({
        what: `tier ${label}`,
        before: String(min),
        text: `tier ${label} removed`,
        tier: label,
      });

  const details = [
    change('name', from.name, to.name),
    change('description', from.description, to.description),
    change('owner', from.owner, to.owner),
    change('minimum coverage', from.minCoverage, to.minCoverage),
    ...personaChanges(from, to),
  ].filter((entry): entry is Change => entry !== undefined);

  return {
    from: { id: from.id, version: from.version },
    to: { id: to.id, version: to.version },
    added,
    removed,
    changed,
    tiers,
    details,
    same:
      !added.length &&
      !removed.length &&
      !changed.length &&
      !tiers.length &&
      !details.length &&
      from.criteria.map((c) => c.id).join() === to.criteria.map((c) => c.id).join(),
  };
}

/** The diff as lines of text: `+ Added "…"`, `− Removed "…"`, `~ "…": weight 4 → 5`. */
export function diffLines(diff: IcpDiff): string[] {
  const lines: string[] = [];
  for (const criterion of diff.added)
    lines.push(`+ Added "${criterion.label}" (${describeCriterion(criterion)})`);
  for (const criterion of diff.removed)
    lines.push(`− Removed "${criterion.label}" (${describeCriterion(criterion)})`);
  for (const criterion of diff.changed)
    lines.push(
      `~ "${criterion.label}": ${criterion.changes.map((entry) => entry.text).join('; ')}`,
    );
  for (const tier of diff.tiers) lines.push(`~ ${tier.text}`);
  for (const detail of diff.details) lines.push(`~ ${detail.text}`);
  if (!lines.length)
    lines.push(diff.same ? 'No difference.' : 'Only the order of the criteria changed.');
  return lines;
}
