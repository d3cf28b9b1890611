import { factsSchema, type Facts } from '../facts/schema';
import { jsonPath, type IcpProblem } from './validate';
import {
  DEFAULT_TIERS,
  ICP_FORMAT,
  OPS_BY_FIELD,
  type CriterionField,
  type CriterionOp,
  type CriterionRole,
  type Icp,
} from './schema';

/**
 * The ICP editor's working copy: an ICP that may be invalid while someone types, with a stable
 * key per criterion for the form. `documentFromDraft` gives the document to validate and save.
 */

export interface DraftCriterion {
  key: number;
  id: string;
  label: string;
  field: CriterionField;
  op: CriterionOp;
  values: (string | number)[];
  min?: number;
  max?: number;
  currency?: string;
  weight: number;
  role: CriterionRole;
  description?: string;
}

export interface Draft {
  id: string;
  name: string;
  version: number;
  description?: string;
  owner?: string;
  tiers: { label: string; min: number }[];
  criteria: DraftCriterion[];
  /** Kept as is: the editor does not edit personas or priorities. */
  personas?: Icp['personas'];
  priorities?: Icp['priorities'];
}

let nextKey = 1;

/** Fields whose values are numbers in the document (years). */
export const NUMERIC_VALUE_FIELDS: readonly CriterionField[] = ['foundedYear'];

export function draftFromIcp(icp: Icp): Draft {
  return {
    id: icp.id,
    name: icp.name,
    version: icp.version,
    ...(icp.description ? { description: icp.description } : {}),
    ...(icp.owner ? { owner: icp.owner } : {}),
    tiers: icp.tiers.map((tier) => ({ label: tier.label, min: tier.min })),
    criteria: icp.criteria.map((criterion) => ({
      key: nextKey++,
      id: criterion.id,
      label: criterion.label,
      field: criterion.field,
      op: criterion.op,
      values: [...(criterion.values ?? [])],
      ...(criterion.min !== undefined ? { min: criterion.min } : {}),
      ...(criterion.max !== undefined ? { max: criterion.max } : {}),
      ...(criterion.currency ? { currency: criterion.currency } : {}),
      weight: criterion.weight,
      role: criterion.role,
      ...(criterion.description ? { description: criterion.description } : {}),
    })),
    ...(icp.personas ? { personas: icp.personas } : {}),
    ...(icp.priorities ? { priorities: icp.priorities } : {}),
  };
}

/** A new ICP with one criterion, for "New ICP". */
export function blankDraft(): Draft {
  return {
    id: 'my-icp',
    name: 'My ICP',
    version: 1,
    tiers: DEFAULT_TIERS.map((tier) => ({ ...tier })),
    criteria: [newCriterion('employees', [])],
  };
}

/** A new criterion on a field with its first operator, and an id not used yet. */
export function newCriterion(field: CriterionField, takenIds: readonly string[]): DraftCriterion {
  let id = field.toLowerCase();
  for (let n = 2; takenIds.includes(id); n++) id = `${field.toLowerCase()}-${n}`;
  const op = OPS_BY_FIELD[field][0]!;
  return {
    key: nextKey++,
    id,
    label: field,
    field,
    op,
    values: [],
    ...(op === 'between' ? { min: 0 } : {}),
    weight: 1,
    role: 'nice',
  };
}

/** Changes a criterion's field, keeping what still makes sense (op, values, range). */
export function withField(criterion: DraftCriterion, field: CriterionField): DraftCriterion {
  const allowed = OPS_BY_FIELD[field];
  const op = allowed.includes(criterion.op) ? criterion.op : allowed[0]!;
  const next: DraftCriterion = { ...criterion, field, op };
  if (op === 'between') {
    next.values = [];
    if (next.min === undefined && next.max === undefined) next.min = 0;
  } else {
    delete next.min;
    delete next.max;
  }
  if (field !== 'revenue') delete next.currency;
  if (field !== criterion.field) next.values = [];
  return next;
}

/** A synced ICP turned into the user's own editable copy, under a new id. */
export function localCopyOf(icp: Icp, takenIds: readonly string[]): Draft {
  const draft = draftFromIcp(icp);
  let id = `${icp.id}-copy`.slice(0, 64);
  for (let n = 2; takenIds.includes(id); n++) id = `${icp.id}-copy-${n}`.slice(0, 64);
  return { ...draft, id, name: `${icp.name} (local copy)`.slice(0, 200), version: 1 };
}

/** The ICP document a draft stands for (to validate, preview, save or export). */
export function documentFromDraft(draft: Draft): Record<string, unknown> {
  return {
    format: ICP_FORMAT,
    id: draft.id,
    name: draft.name,
    version: draft.version,
    updatedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    ...(draft.description ? { description: draft.description } : {}),
    ...(draft.owner ? { owner: draft.owner } : {}),
    tiers: draft.tiers,
    criteria: draft.criteria.map((criterion) => {
      const between = criterion.op === 'between';
      return {
        id: criterion.id,
        label: criterion.label,
        field: criterion.field,
        op: criterion.op,
        ...(!between ? { values: criterion.values } : {}),
        ...(between && criterion.min !== undefined ? { min: criterion.min } : {}),
        ...(between && criterion.max !== undefined ? { max: criterion.max } : {}),
        ...(criterion.currency && criterion.field === 'revenue'
          ? { currency: criterion.currency }
          : {}),
        weight: criterion.weight,
        role: criterion.role,
        ...(criterion.description ? { description: criterion.description } : {}),
      };
    }),
    ...(draft.personas ? { personas: draft.personas } : {}),
    ...(draft.priorities ? { priorities: draft.priorities } : {}),
  };
}

/** The problems whose JSON path is inside `criteria[index]`. */
export function problemsOfCriterion(problems: readonly IcpProblem[], index: number): IcpProblem[] {
  const prefix = jsonPath(['criteria', index]);
  return problems.filter(
    (problem) => problem.path === prefix || problem.path.startsWith(`${prefix}.`),
  );
}

export type FactsInput = { ok: true; facts: Facts } | { ok: false; message: string };

/**
 * Reads the preview's pasted facts: `{ url, facts }` as `icp-lens extract` prints it, a bare
 * facts object, or plain values (`{ "employees": { "min": 50, "max": 200 }, "country": "FR" }`).
 */
export function parseFactsInput(text: string): FactsInput {
  if (!text.trim()) return { ok: false, message: 'paste facts JSON to preview a score' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `not valid JSON: ${(error as Error).message}` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, message: 'expected an object of facts' };
  const object = value as Record<string, unknown>;
  const raw = (object.facts && typeof object.facts === 'object' ? object.facts : object) as Record<
    string,
    unknown
  >;
  const wrapped: Record<string, unknown> = {};
  for (const [field, fact] of Object.entries(raw))
    wrapped[field] =
      fact && typeof fact === 'object' && !Array.isArray(fact) && 'value' in fact
        ? fact
        : { value: fact, source: 'user', confidence: 1 };
  const parsed = factsSchema.safeParse(wrapped);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      message: `${issue ? jsonPath(issue.path) : ''}: ${issue?.message ?? 'invalid facts'}`,
    };
  }
  return { ok: true, facts: parsed.data };
}
