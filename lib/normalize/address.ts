/** US state codes, to tell "Mountain View, CA 94043" from any two capitals and five digits. */
const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(
    ' ',
  ),
);

/** Whether a two-letter code is a US state (or DC). */
export function isUsState(code: string): boolean {
  return US_STATES.has(code);
}

/**
 * The city in a locality that may carry a district, a CEDEX or an arrondissement:
 * "Paris Cedex 08" → "Paris", "Jogeshwari (W), Mumbai" → "Mumbai", "Lyon 3e" → "Lyon".
 */
export function cleanCity(locality: string): string {
  const parts = locality
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const last =
    parts.length > 1 && !/\d/.test(parts[parts.length - 1]!)
      ? parts[parts.length - 1]!
      : (parts[0] ?? '');
  return last
    .replace(/(?<!\s)\s+cedex(?:\s*\d+)?$/i, '')
    .replace(/(?<!\s)\s+\d{1,2}(?:e|er|ème)?$/i, '')
    .replace(/(?<!\s)\s*\([^()]*\)\s*$/, '')
    .trim();
}
