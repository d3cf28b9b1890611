import type { Facts, FactSource } from '../../lib/facts/schema';
import { icpSchema, type Icp } from '../../lib/icp/schema';

/** Builds a valid ICP around the given criteria, with the default A/B/C/D tiers. */
export function makeIcp(criteria: readonly object[], extra: Record<string, unknown> = {}): Icp {
  return icpSchema.parse({
    format: 'icp-lens/v1',
    id: 'test',
    name: 'Test ICP',
    version: 1,
    criteria,
    ...extra,
  });
}

/** Wraps plain values as facts read from a page, the way extraction returns them. */
export function makeFacts(
  values: { [F in keyof Facts]?: NonNullable<Facts[F]>['value'] },
  source: FactSource = 'jsonld',
): Facts {
  const facts: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values))
    facts[field] = { value, source, confidence: 0.9, evidence: `evidence for ${field}` };
  return facts as Facts;
}
