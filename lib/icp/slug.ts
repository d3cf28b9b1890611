/**
 * An id for an ICP or a criterion from free text: lower case letters and digits joined by
 * hyphens, accents dropped, at most `max` characters (ids are at most 64), `fallback` when
 * nothing is left. "Chiffre d'affaires ≥ 2 M€" → "chiffre-d-affaires-2-m".
 */
export function slugify(text: string, options: { max?: number; fallback: string }): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, options.max ?? 64) || options.fallback
  );
}
