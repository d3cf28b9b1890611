import { z } from 'zod';

/**
 * The ICP file format, version 1: the single source of truth for its types, its validation
 * and the published JSON Schema (public/icp.schema.json, written by `npm run schema`).
 */

export const ICP_FORMAT = 'icp-lens/v1';

export const criterionFields = [
  'industry',
  'employees',
  'revenue',
  'country',
  'region',
  'city',
  'foundedYear',
  'technologies',
  'legalForm',
  'domain',
  'keywords',
] as const;
export type CriterionField = (typeof criterionFields)[number];

export const criterionOps = [
  'in',
  'not-in',
  'between',
  'any',
  'all',
  'none',
  'contains-any',
] as const;
export type CriterionOp = (typeof criterionOps)[number];

export const criterionRoles = ['must', 'nice', 'exclude'] as const;
export type CriterionRole = (typeof criterionRoles)[number];

/** Which operators make sense on which field; anything else is a schema error. */
export const OPS_BY_FIELD: Readonly<Record<CriterionField, readonly CriterionOp[]>> = {
  industry: ['in', 'not-in', 'contains-any'],
  employees: ['between'],
  revenue: ['between'],
  country: ['in', 'not-in'],
  region: ['in', 'not-in', 'contains-any'],
  city: ['in', 'not-in', 'contains-any'],
  foundedYear: ['between', 'in', 'not-in'],
  technologies: ['any', 'all', 'none'],
  legalForm: ['in', 'not-in'],
  domain: ['in', 'not-in', 'contains-any'],
  keywords: ['contains-any', 'none'],
};

const slug = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, {
  error: 'use 1-64 lower-case letters, digits, dots, dashes or underscores',
});

const criterionValue = z.union([z.string().min(1).max(200), z.number()]);

export const criterionSchema = z
  .strictObject({
    id: slug.describe('Unique within the ICP; scores refer to criteria by this id.'),
    label: z.string().min(1).max(200).describe('What the badge shows for this criterion.'),
    field: z.enum(criterionFields).describe('The company fact this criterion checks.'),
    op: z.enum(criterionOps),
    values: z
      .array(criterionValue)
      .min(1)
      .max(1000)
      .optional()
      .describe('For in, not-in, any, all, none and contains-any.'),
    min: z.number().nonnegative().optional().describe('For between: lower bound, inclusive.'),
    max: z.number().nonnegative().optional().describe('For between: upper bound, inclusive.'),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional()
      .describe('For revenue: the currency of min and max (default EUR).'),
    weight: z
      .number()
      .positive()
      .max(100)
      .default(1)
      .describe('Relative importance; ignored for exclude criteria.'),
    role: z
      .enum(criterionRoles)
      .default('nice')
      .describe(
        'must: a miss puts the company in the lowest tier. nice: adds weight. exclude: a match disqualifies.',
      ),
    description: z
      .string()
      .max(1000)
      .optional()
      .describe('Why this criterion matters (the pain it maps to).'),
  })
  .superRefine((criterion, ctx) => {
    const allowed = OPS_BY_FIELD[criterion.field];
    if (!allowed.includes(criterion.op)) {
      ctx.addIssue({
        code: 'custom',
        path: ['op'],
        message: `"${criterion.op}" does not apply to ${criterion.field}; use ${allowed.join(', ')}`,
        params: { rule: 'op-for-field', op: criterion.op, field: criterion.field },
      });
      return;
    }
    if (criterion.op === 'between') {
      if (criterion.min === undefined && criterion.max === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['min'],
          message: 'between needs min, max or both',
          params: { rule: 'range-needs-bound' },
        });
      if (
        criterion.min !== undefined &&
        criterion.max !== undefined &&
        criterion.min > criterion.max
      )
        ctx.addIssue({
          code: 'custom',
          path: ['max'],
          message: 'max is below min',
          params: { rule: 'max-below-min' },
        });
      if (criterion.values !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['values'],
          message: 'between takes min/max, not values',
          params: { rule: 'range-without-values' },
        });
    } else if (criterion.values === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['values'],
        message: `${criterion.op} needs a values list`,
        params: { rule: 'needs-values' },
      });
    }
    if (criterion.currency !== undefined && criterion.field !== 'revenue')
      ctx.addIssue({
        code: 'custom',
        path: ['currency'],
        message: 'currency applies to revenue only',
        params: { rule: 'currency-revenue-only' },
      });
  });

export const tierSchema = z.strictObject({
  label: z.string().min(1).max(32),
  min: z.number().min(0).max(100).describe('Lowest score (0-100) that reaches this tier.'),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional()
    .describe('Badge colour, #rrggbb; a default is picked by rank otherwise.'),
});

export const DEFAULT_TIERS = [
  { label: 'A', min: 80 },
  { label: 'B', min: 60 },
  { label: 'C', min: 40 },
  { label: 'D', min: 0 },
];

/** How senior a person is, most senior first (the order the title reader ranks by). */
export const seniorities = [
  'owner',
  'c-level',
  'vp',
  'head',
  'director',
  'manager',
  'senior',
  'entry',
  'intern',
] as const;
export type Seniority = (typeof seniorities)[number];

/** The function a person works in. */
export const departments = [
  'general-management',
  'sales',
  'marketing',
  'customer-success',
  'it',
  'engineering',
  'product',
  'finance',
  'hr',
  'operations',
  'legal',
  'procurement',
] as const;
export type Department = (typeof departments)[number];

export const personaRoles = ['decision-maker', 'influencer', 'user'] as const;
export type PersonaRole = (typeof personaRoles)[number];

/** A priority matrix column: a persona's role, or a contact who fits no persona. */
export const priorityColumns = [...personaRoles, 'no-persona'] as const;
export type PriorityColumn = (typeof priorityColumns)[number];

/** What a matrix cell may say; "not-a-target" means do not contact. */
export const priorityCells = ['P1', 'P2', 'P3', 'P4', 'not-a-target'] as const;
export type PriorityCell = (typeof priorityCells)[number];

const titleKeywords = z.array(z.string().max(200)).max(100);

export const personaSchema = z.strictObject({
  id: slug
    .optional()
    .describe('Stable key that contacts refer to; the name stands in for it when absent.'),
  name: z.string().min(1).max(200),
  role: z
    .enum(personaRoles)
    .default('influencer')
    .describe('Their part in the purchase; the priority matrix has one column per role.'),
  seniorities: z
    .array(z.enum(seniorities))
    .min(1, { error: 'list at least one seniority, or leave seniorities out to accept any' })
    .max(seniorities.length)
    .optional()
    .describe('Seniorities this persona has; absent means any.'),
  departments: z
    .array(z.enum(departments))
    .min(1, { error: 'list at least one department, or leave departments out to accept any' })
    .max(departments.length)
    .optional()
    .describe('Departments this persona works in; absent means any.'),
  titles: titleKeywords
    .optional()
    .describe(
      'Extra title keywords (whole words, any case or accent): a title with one fits fully.',
    ),
  excludeTitles: titleKeywords
    .optional()
    .describe('Title keywords that rule this persona out, such as "assistant" or "intern".'),
  weight: z
    .number()
    .positive()
    .max(100)
    .default(1)
    .describe('Relative importance: breaks ties when a title fits several personas equally.'),
  notes: z
    .string()
    .max(2000)
    .optional()
    .describe('Their pains, motivations and the message angle: shown to the SDR beside the match.'),
});

const priorityRowSchema = z.partialRecord(z.enum(priorityColumns), z.enum(priorityCells));

export const prioritiesSchema = z
  .strictObject({
    minFit: z
      .number()
      .int()
      .min(0)
      .max(100)
      .default(50)
      .describe('Lowest persona fit (0-100) that counts as that persona; below, "no-persona".'),
    strongFit: z
      .number()
      .int()
      .min(0)
      .max(100)
      .default(80)
      .describe('A fit from minFit up to below strongFit gets the priority one step lower.'),
    matrix: z
      .record(z.string(), priorityRowSchema)
      .optional()
      .describe(
        'Tier label → persona role (or "no-persona") → P1-P4 or "not-a-target". ' +
          'Missing tiers and cells take the default.',
      ),
  })
  .superRefine((priorities, ctx) => {
    if (priorities.minFit > priorities.strongFit)
      ctx.addIssue({
        code: 'custom',
        path: ['strongFit'],
        message: 'strongFit is below minFit',
        params: { rule: 'strong-below-min' },
      });
  });

export const icpSchema = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(ICP_FORMAT),
    id: slug,
    name: z.string().min(1).max(200),
    version: z.number().int().positive().describe('Raise it on every published change.'),
    updatedAt: z.iso.datetime({ offset: true }).optional(),
    description: z.string().max(2000).optional(),
    owner: z.string().max(200).optional(),
    tiers: z
      .array(tierSchema)
      .min(1)
      .max(10)
      .default(DEFAULT_TIERS)
      .describe('Highest first; a company gets the first tier whose min its score reaches.'),
    minCoverage: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe(
        'Share of the weight (0-1) that must be known before a tier is given when the score and the potential reach different tiers; default 0.5. Below it the verdict is undecided (?).',
      ),
    criteria: z.array(criterionSchema).min(1).max(200),
    personas: z
      .array(personaSchema)
      .max(50)
      .optional()
      .describe("Buyer personas inside the ideal company; a contact's title is matched to them."),
    priorities: prioritiesSchema
      .optional()
      .describe('How company tier and persona combine into a contact priority (P1-P4).'),
  })
  .superRefine((icp, ctx) => {
    const seen = new Set<string>();
    icp.criteria.forEach((criterion, index) => {
      if (seen.has(criterion.id))
        ctx.addIssue({
          code: 'custom',
          path: ['criteria', index, 'id'],
          message: `duplicate id "${criterion.id}"`,
          params: { rule: 'duplicate-id', id: criterion.id },
        });
      seen.add(criterion.id);
    });
    if (!icp.criteria.some((criterion) => criterion.role !== 'exclude'))
      ctx.addIssue({
        code: 'custom',
        path: ['criteria'],
        message: 'needs at least one must or nice criterion',
        params: { rule: 'needs-scoring-criterion' },
      });
    const labels = new Set<string>();
    icp.tiers.forEach((tier, index) => {
      if (labels.has(tier.label))
        ctx.addIssue({
          code: 'custom',
          path: ['tiers', index, 'label'],
          message: `duplicate tier "${tier.label}"`,
          params: { rule: 'duplicate-tier', label: tier.label },
        });
      labels.add(tier.label);
    });
    for (const [reserved, rule] of [
      [EXCLUDED_TIER, 'reserved-tier'],
      [UNDECIDED_TIER, 'reserved-undecided-tier'],
    ] as const)
      if (icp.tiers.some((tier) => tier.label === reserved))
        ctx.addIssue({
          code: 'custom',
          path: ['tiers'],
          message: `"${reserved}" is reserved`,
          params: { rule, label: reserved },
        });
    checkPersonas(icp, ctx);
  });

function checkPersonas(
  icp: { tiers: readonly Tier[]; personas?: readonly Persona[]; priorities?: Priorities },
  ctx: z.RefinementCtx,
): void {
  const keys = new Map<string, number>();
  icp.personas?.forEach((persona, index) => {
    const key = persona.id ?? persona.name;
    const first = keys.get(key);
    if (first !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['personas', index, persona.id ? 'id' : 'name'],
        message: `same ${persona.id ? 'id' : 'name'} as personas[${first}]; give each persona its own id`,
        params: { rule: persona.id ? 'persona-same-id' : 'persona-same-name', first },
      });
    else keys.set(key, index);
    const vetoed = new Set((persona.excludeTitles ?? []).map((word) => word.toLowerCase()));
    persona.titles?.forEach((word, wordIndex) => {
      if (word.trim() && vetoed.has(word.toLowerCase()))
        ctx.addIssue({
          code: 'custom',
          path: ['personas', index, 'titles', wordIndex],
          message: `"${word}" is also in excludeTitles`,
          params: { rule: 'title-excluded', word },
        });
    });
  });
  const labels = icp.tiers.map((tier) => tier.label);
  for (const label of Object.keys(icp.priorities?.matrix ?? {}))
    if (!labels.includes(label))
      ctx.addIssue({
        code: 'custom',
        path: ['priorities', 'matrix', label],
        message: `no tier "${label}" in tiers (${labels.join(', ')})`,
        params: { rule: 'matrix-unknown-tier', label, tiers: labels.join(', ') },
      });
}

/** The tier given to disqualified companies. */
export const EXCLUDED_TIER = 'excluded';

/** What lists and badges show for an undecided verdict (whose `tier` is null). */
export const UNDECIDED_TIER = '?';

export type Icp = z.infer<typeof icpSchema>;
export type IcpInput = z.input<typeof icpSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type Tier = z.infer<typeof tierSchema>;
export type Persona = z.infer<typeof personaSchema>;
export type Priorities = z.infer<typeof prioritiesSchema>;
