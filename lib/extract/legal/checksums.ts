/** Checksums of company identifiers, so a mistyped or made-up number never becomes a fact. */

/** Luhn checksum over a string of digits (SIREN, SIRET). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** Template values that pass checksums: 000 000 000, 111 111 111, 123 456 789. */
function isDummy(digits: string): boolean {
  return (
    /^(\d)\1{0,30}$/.test(digits) ||
    '0123456789'.includes(digits.slice(0, 9)) ||
    digits.startsWith('987654321')
  );
}

/** A French SIREN: 9 digits, Luhn-valid. */
export function isSiren(siren: string): boolean {
  return /^\d{9}$/.test(siren) && !isDummy(siren) && luhnValid(siren);
}

/**
 * A French SIRET: a valid SIREN and 5 more digits, Luhn-valid over all 14; La Poste's
 * establishments (SIREN 356000000) are numbered instead so that their digits sum to a multiple of 5.
 */
export function isSiret(siret: string): boolean {
  if (!/^\d{14}$/.test(siret) || isDummy(siret)) return false;
  if (siret.startsWith('356000000'))
    return [...siret].reduce((sum, d) => sum + Number(d), 0) % 5 === 0;
  return isSiren(siret.slice(0, 9)) && luhnValid(siret);
}

/** The two-digit key of a French VAT number for a SIREN: (12 + 3 × (SIREN mod 97)) mod 97. */
export function frenchVatKey(siren: string): string {
  return String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0');
}

/** German USt-IdNr check digit (ISO 7064 MOD 11,10 over the 8 first digits). */
export function germanVatValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits[0] === '0') return false;
  let product = 10;
  for (let i = 0; i < 8; i++) {
    let sum = (Number(digits[i]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (2 * sum) % 11;
  }
  const check = (11 - product) % 10;
  return check === Number(digits[8]);
}

/** Swiss UID (CHE-123.456.789) check digit: weights 5 4 3 2 7 6 5 4, mod 11. */
export function swissUidValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || isDummy(digits)) return false;
  const weights = [5, 4, 3, 2, 7, 6, 5, 4];
  const sum = weights.reduce((total, w, i) => total + w * Number(digits[i]), 0);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(digits[8]);
}
