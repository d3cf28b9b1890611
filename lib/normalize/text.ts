/** Lower-cases, strips accents and collapses whitespace, so "Île-de-France " equals "ile-de-france". */
export function foldText(value: string): string {
  // Plain ASCII (most names, industries, domains) needs no Unicode normalisation, and often
  // nothing but lower-casing: scoring folds a lot, so those cases take a short path.
  let upper = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 65 && code <= 90) upper = true;
    else if (code >= 128 || (code <= 32 && isUntidySpace(value, i, code)))
      return value
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .trim();
  }
  return upper ? value.toLowerCase() : value;
}

/**
 * Whether the character at `index` is whitespace that folding changes: anything but a single
 * space between two other characters.
 */
function isUntidySpace(value: string, index: number, code: number): boolean {
  if (code !== 32) return code >= 9 && code <= 13;
  return (
    index === 0 ||
    index === value.length - 1 ||
    value.charCodeAt(index + 1) === 32 ||
    isTab(value.charCodeAt(index + 1))
  );
}

const isTab = (code: number) => code >= 9 && code <= 13;
