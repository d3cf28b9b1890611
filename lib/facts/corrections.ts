import { factsSchema, type Facts } from './schema';

/** Evidence text of a fact the user corrected; the badge and pages show it as "edited by you". */
export const EDITED_EVIDENCE = 'edited by you';

/**
 * Facts with the user's corrections on top (one row of the `corrections` table: field -> value).
 * A corrected fact gets source `user` and confidence 1, so scoring marks its evidence `edited`.
 * A value that does not fit its field's schema is skipped (and logged), never applied half-way.
 */
export function applyCorrections(facts: Facts, values: Record<string, unknown> | undefined): Facts {
  if (!values) return facts;
  const next: Record<string, unknown> = { ...facts };
  for (const [field, value] of Object.entries(values)) {
    if (!(field in factsSchema.shape)) continue;
    if (value === null || value === undefined) continue;
    const fact = { value, source: 'user', confidence: 1, evidence: EDITED_EVIDENCE };
    const schema = factsSchema.shape[field as keyof Facts];
    const parsed = schema.safeParse(fact);
    if (parsed.success) next[field] = parsed.data;
    else
      console.warn(`[icp-lens] ignored a correction of ${field}:`, parsed.error.issues[0]?.message);
  }
  return next as Facts;
}
