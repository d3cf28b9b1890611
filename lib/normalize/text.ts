/** Lower-cases, strips accents and collapses whitespace, so "Île-de-France " equals "ile-de-france". */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
