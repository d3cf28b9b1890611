import type { Facts } from '../facts/schema';
import { clip } from './dom';
import type { Candidate } from './types';

const LIST_FIELDS = new Set(['technologies', 'keywords']);

/** Key under which two candidates count as the same value ("Acme SAS" and "ACME sas" agree). */
function sameValueKey(candidate: Candidate): string {
  const value = candidate.value;
  if (typeof value === 'string')
    return value
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[®™©]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  return JSON.stringify(value);
}

/** Whether a candidate is usable: a finite confidence and a value of a sensible shape. */
function isUsable(candidate: Candidate): boolean {
  if (!(candidate.confidence > 0) || !Number.isFinite(candidate.confidence)) return false;
  const value: unknown = candidate.value;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return true;
  return typeof value === 'object' && value !== null;
}

/**
 * Merges candidates into facts: per field the value with the most confidence wins, and values
 * found by several sources gain a little confidence (agreement between independent sources).
 * List fields (technologies, keywords) are the union of their candidates. Evidence is cut to
 * 160 characters; values stay plain data (strings are never interpreted as markup).
 */
export function mergeCandidates(candidates: readonly Candidate[]): Facts {
  const byField = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    if (!isUsable(candidate)) continue;
    const list = byField.get(candidate.field) ?? [];
    list.push(candidate);
    byField.set(candidate.field, list);
  }
  // A null-prototype object so a field can never be "__proto__"; fields come from the schema.
  const facts: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [field, list] of byField) {
    if (LIST_FIELDS.has(field)) {
      const seen = new Map<string, string>();
      for (const candidate of list)
        for (const item of candidate.value as string[])
          if (typeof item === 'string' && !seen.has(item.toLowerCase()))
            seen.set(item.toLowerCase(), item);
      const best = list.reduce((a, b) => (b.confidence > a.confidence ? b : a));
      facts[field] = toFact(best, [...seen.values()], best.confidence);
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
    facts[field] = toFact(winner.candidate, winner.candidate.value, winner.confidence);
  }
  return { ...facts } as Facts;
}

function toFact(candidate: Candidate, value: unknown, confidence: number): Record<string, unknown> {
  const fact: Record<string, unknown> = {
    value,
    source: candidate.source,
    confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100,
  };
  if (candidate.evidence) fact.evidence = clip(candidate.evidence);
  return fact;
}
