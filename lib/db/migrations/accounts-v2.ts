/**
 * Schema v1 → v2 of the `accounts` table, FROZEN: what version 2 of ICP Lens did to a row written
 * by version 1. Self-contained on purpose (no import of today's account code): today's code may
 * change, a migration must keep doing what it did when it shipped. Never edit; a new shape gets a
 * new file and a new `version(n)` in lib/db/database.ts.
 *
 * v1 rows were `{ companyKey, lastSeen, ... }` with the rest free-form. v2 indexes the status,
 * the headline tier and the LinkedIn slug, so every row gets defaults for what it lacks (status
 * `new`, empty note, pages, results) and its derived fields computed. Nothing it does not know is
 * dropped. Throws on a row it cannot read; the caller sets such a row aside (quarantine).
 */

type Row = Record<string, unknown>;

const STATUSES = ['new', 'saved', 'dismissed'];

const isRecord = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The v2 display name: the name fact, the legal name, or the key without `linkedin:`. */
function displayName(facts: Row, key: string): string {
  const name = facts.name as { value: string } | undefined;
  const legalName = facts.legalName as { value: string } | undefined;
  return name?.value.trim() || legalName?.value.trim() || key.replace(/^linkedin:/, '');
}

/** The v2 LinkedIn slug of a `linkedinUrl` fact. */
function linkedinSlug(facts: Row): string | undefined {
  const value = (facts.linkedinUrl as { value: string } | undefined)?.value;
  const match = value && /linkedin\.com\/company\/([^/?#\s]+)/i.exec(value);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]).toLowerCase();
  } catch {
    return match[1].toLowerCase();
  }
}

interface V2Result {
  icpId: string;
  score: number;
  potential: number;
  tier: string;
  disqualified: boolean;
  mustMissed: unknown[];
}

/** v2's best-fit order: not disqualified, no must missed, score, potential, id. */
function compare(a: V2Result, b: V2Result): number {
  return (
    Number(a.disqualified) - Number(b.disqualified) ||
    Number(a.mustMissed.length > 0) - Number(b.mustMissed.length > 0) ||
    b.score - a.score ||
    b.potential - a.potential ||
    a.icpId.localeCompare(b.icpId)
  );
}

/** One v1 row as v2 stores it. */
export function upgradeAccountV1toV2(row: Row): Row {
  const now = typeof row.lastSeen === 'number' ? row.lastSeen : Date.now();
  const key = String(row.companyKey);
  const facts = isRecord(row.facts) ? row.facts : {};
  const results = isRecord(row.results) ? row.results : {};
  const next: Row = {
    ...row,
    companyKey: key,
    aliases: Array.isArray(row.aliases) ? row.aliases : [],
    facts,
    factPages: isRecord(row.factPages) ? row.factPages : {},
    corrections: isRecord(row.corrections) ? row.corrections : {},
    results,
    firstSeen: typeof row.firstSeen === 'number' ? row.firstSeen : now,
    lastSeen: now,
    pages: Array.isArray(row.pages) ? row.pages : [],
    status: STATUSES.includes(row.status as string) ? row.status : 'new',
    note: typeof row.note === 'string' ? row.note : '',
    origin: row.origin === 'import' ? 'import' : 'browse',
    name: displayName(facts, key),
  };
  let best: V2Result | undefined;
  for (const result of Object.values(results) as V2Result[])
    if (!best || compare(result, best) < 0) best = result;
  if (best) Object.assign(next, { icpId: best.icpId, tier: best.tier, score: best.score });
  if (!next.icpId) {
    delete next.icpId;
    delete next.tier;
    delete next.score;
  }
  const slug = linkedinSlug(facts) ?? (key.startsWith('linkedin:') ? key.slice(9) : undefined);
  if (slug) next.linkedin = slug;
  return next;
}
