import type { Facts } from '../facts/schema';
import type { Candidate } from './types';

const LIST_FIELDS = new Set(['technologies', 'keywords']);

/** Key under which two candidates count as the same value. */
function sameValueKey(candidate: Candidate): string {
  const value = candidate.value;
  if (typeof value === 'string')
    return value
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .trim();
  return JSON.stringify(value);
}

/**
 * Merges candidates into facts: per field the value with the most confidence wins, and values
 * found by several sources gain a little confidence. List fields (technologies, keywords) are
 * the union of their candidates.
 */
export function mergeCandidates(candidates: readonly Candidate[]): Facts {
  const byField = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const list = byField.get(candidate.field) ?? [];
    list.push(candidate);
    byField.set(candidate.field, list);
  }
  const facts: Record<string, unknown> = {};
  for (const [field, list] of byField) {
    if (LIST_FIELDS.has(field)) {
      const seen = new Map<string, string>();
      for (const candidate of list)
        for (const item of candidate.value as string[])
          if (!seen.has(item.toLowerCase())) seen.set(item.toLowerCase(), item);
      const best = list.reduce((a, b) => (b.confidence > a.confidence ? b : a));
      facts[field] = { ...best, value: [...seen.values()] };
      delete (facts[field] as { field?: string }).field;
      continue;
    }
    const groups = new Map<string, Candidate[]>();
    for (const candidate of list) {
      const key = sameValueKey(candidate);
      groups.set(key, [...(groups.get(key) ?? []), candidate]);
    }
    let winner: { candidate: Candidate; confidence: number } | undefined;
    for (const group of groups.values()) {
      const best = group.reduce((a, b) => (b.confidence > a.confidence ? b : a));
      // Agreement between independent sources raises confidence, never past 1.
      const confidence = Math.min(
        1,
        best.confidence + 0.05 * (new Set(group.map((c) => c.source)).size - 1),
      );
      if (!winner || confidence > winner.confidence) winner = { candidate: best, confidence };
    }
    if (!winner) continue;
    const { field: _field, ...fact } = winner.candidate;
    facts[field] = { ...fact, confidence: Math.round(winner.confidence * 100) / 100 };
  }
  return facts as Facts;
}
