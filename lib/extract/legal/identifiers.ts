import { frenchVatKey, germanVatValid, isSiren, isSiret, swissUidValid } from './checksums';

/** An identifier read off a legal notice, with where it was found. */
export interface Found<T = string> {
  value: T;
  index: number;
  length: number;
}

/** A separator inside a grouped number: "750 855 819", "750.855.819", non-breaking spaces. */
const SEP = '[ .\\u00a0\\u202f]?';
const SIRET = new RegExp(
  `(?<!\\d)(\\d{3})${SEP}(\\d{3})${SEP}(\\d{3})${SEP}(\\d{3}${SEP}\\d{2})(?!\\d)`,
  'g',
);
const SIREN = new RegExp(`(?<![\\d.])(\\d{3})${SEP}(\\d{3})${SEP}(\\d{3})(?!${SEP}\\d)`, 'g');
/** What must precede a bare French number for it to count as a SIREN or SIRET. */
const FR_CONTEXT =
  /(?:siren|siret|r\.?\s?c\.?\s?s\.?|registre|immatricul|n°|num[ée]ro|numero|tva)[^\n]{0,50}$/i;
const RCS_CITY = String.raw`([A-ZÉÈÀÂÎÔ][\p{L}'’-]{1,30}(?:[ -](?:sur|l[èe]s|le|la|en|de|[A-ZÉ][\p{L}'’-]{1,30})){0,3})`;
const RCS = new RegExp(
  String.raw`\b(?:R\.?\s?C\.?\s?S\.?|[Rr]egistre du commerce et des soci[ée]t[ée]s)\s{0,3}:?\s{0,3}(?:de\s|d['’]\s?|du\s)?${RCS_CITY}`,
  'gu',
);
const NAF = /\b(?:NAF|APE|NACE)\b[^\d\n]{0,20}(\d{2})\.?(\d{2})\s?([A-Za-z])\b/g;
const FR_VAT = /\bFR\s?([0-9A-HJ-NP-Z]{2})\s?(\d{3})\s?(\d{3})\s?(\d{3})\b/g;
const DE_VAT = /\bDE\s?(\d{3})\s?(\d{3})\s?(\d{3})\b/g;
const AT_VAT = /\bATU\s?(\d{8})\b/g;
const CH_UID = /\bCHE[-\s]?(\d{3})[.\s]?(\d{3})[.\s]?(\d{3})\b/g;
const GB_VAT = /\b(?:VAT|TVA)[^\n\d]{0,30}GB\s?(\d{3})\s?(\d{4})\s?(\d{2})\b/gi;
const HR = /\b(HR[AB])\s?(?:Nr\.?\s?|-\s?)?(\d{1,6})(\s?[A-Z]{1,2}(?![\p{L}]))?/gu;
const COURT = new RegExp(
  String.raw`\b(?:Amtsgericht |Registergericht:? (?:Amtsgericht )?|Handelsregister (?:beim )?(?:Amtsgericht )?)([A-ZÄÖÜ][\p{L}.-]{1,30}(?: (?:am Main|an der [A-ZÄÖÜ][\p{L}]{1,20}|i\. ?Br\.|\([\p{L}. ]{1,20}\))){0,1})`,
  'gu',
);
const FN = /\b(?:FN|Firmenbuchnummer:?)\s?(\d{1,6})\s?([a-z])\b/g;
const UK_NUMBER =
  /\b(?:company|registration|registered|reg\.?)(?: in (?:England|Wales|Scotland|Northern Ireland)(?: (?:and|&) Wales)?,?)?\s(?:under\s)?(?:company\s)?(?:no\.?|number|num\.?|nr\.?)\s?:?\s?((?:SC|NI|OC|SO|NC|R0|FC|GE|LP|SL|NL)?\d{6,8})\b/gi;
const UK_REGISTERED =
  /\bregistered in (England(?: (?:and|&) Wales)?|Wales|Scotland|Northern Ireland)\b/i;

function digits(...parts: (string | undefined)[]): string {
  return parts.join('').replace(/\D/g, '');
}

function each(pattern: RegExp, text: string, visit: (match: RegExpMatchArray) => void): void {
  let count = 0;
  for (const match of text.matchAll(pattern)) {
    if (++count > 100) break;
    visit(match);
  }
}

/** Company identifiers written in a legal notice, each checked; first of each kind wins. */
export interface Identifiers {
  siren?: Found;
  siret?: Found;
  rcsCity?: Found;
  naf?: Found;
  vatId?: Found;
  /** Court register number: "HRB 123456", "FN 123456 a", a UK company number. */
  register?: Found;
  court?: Found;
  ukRegistered?: Found;
  /** Country the identifiers belong to. */
  country?: string;
}

/** Reads and validates every company identifier in `text`. */
export function findIdentifiers(text: string): Identifiers {
  const ids: Identifiers = {};
  const at = (match: RegExpMatchArray, value: string): Found => ({
    value,
    index: match.index!,
    length: match[0].length,
  });
  const context = (match: RegExpMatchArray) =>
    FR_CONTEXT.test(text.slice(Math.max(0, match.index! - 60), match.index));
  each(SIRET, text, (m) => {
    const siret = digits(m[1], m[2], m[3], m[4]);
    if (!ids.siret && context(m) && isSiret(siret)) ids.siret = at(m, siret);
  });
  each(SIREN, text, (m) => {
    const siren = digits(m[1], m[2], m[3]);
    if (!ids.siren && context(m) && isSiren(siren)) ids.siren = at(m, siren);
  });
  each(FR_VAT, text, (m) => {
    const siren = digits(m[2], m[3], m[4]);
    const key = m[1]!;
    if (ids.vatId || !isSiren(siren)) return;
    if (/^\d\d$/.test(key) ? key === frenchVatKey(siren) : true)
      ids.vatId = at(m, `FR${key}${siren}`);
  });
  if (!ids.siren && ids.siret) ids.siren = { ...ids.siret, value: ids.siret.value.slice(0, 9) };
  if (!ids.siren && ids.vatId?.value.startsWith('FR'))
    ids.siren = { ...ids.vatId, value: ids.vatId.value.slice(4) };
  each(RCS, text, (m) => {
    const city = m[1]!.replace(/(?<![\s-])[\s-]+(?:sous|B|RCS|SIRE[NT])$/i, '');
    if (!ids.rcsCity && !/^(?:sous|num|siren|siret|n)/i.test(city)) ids.rcsCity = at(m, city);
  });
  each(NAF, text, (m) => {
    if (!ids.naf) ids.naf = at(m, `${m[1]}.${m[2]}${m[3]!.toUpperCase()}`);
  });
  if (ids.siren || ids.siret || ids.rcsCity || ids.vatId) ids.country = 'FR';

  each(HR, text, (m) => {
    if (!ids.register) ids.register = at(m, `${m[1]} ${m[2]}${m[3] ? ` ${m[3].trim()}` : ''}`);
  });
  each(COURT, text, (m) => {
    if (!ids.court) ids.court = at(m, m[1]!);
  });
  each(DE_VAT, text, (m) => {
    const number = digits(m[1], m[2], m[3]);
    if (!ids.vatId && germanVatValid(number)) ids.vatId = at(m, `DE${number}`);
  });
  if (!ids.country && (ids.register || ids.court || ids.vatId?.value.startsWith('DE')))
    ids.country = 'DE';

  each(FN, text, (m) => {
    if (!ids.register) {
      ids.register = at(m, `FN ${m[1]} ${m[2]}`);
      ids.country ??= 'AT';
    }
  });
  each(AT_VAT, text, (m) => {
    if (!ids.vatId) {
      ids.vatId = at(m, `ATU${m[1]}`);
      ids.country ??= 'AT';
    }
  });
  each(CH_UID, text, (m) => {
    const number = digits(m[1], m[2], m[3]);
    if (!swissUidValid(number)) return;
    const uid = `CHE-${m[1]}.${m[2]}.${m[3]}`;
    ids.vatId ??= at(m, uid);
    ids.register ??= at(m, uid);
    ids.country ??= 'CH';
  });

  const registered = UK_REGISTERED.exec(text);
  if (registered) ids.ukRegistered = at(registered, registered[1]!.replace('&', 'and'));
  each(UK_NUMBER, text, (m) => {
    if (ids.register) return;
    const raw = m[1]!.toUpperCase();
    const number = /^\d+$/.test(raw) ? raw.padStart(8, '0') : raw;
    if (/^[A-Z]{2}\d{6}$|^\d{8}$/.test(number) && !/^(?:[A-Z]{2})?0{6,8}$/.test(number))
      ids.register = at(m, number);
  });
  each(GB_VAT, text, (m) => {
    if (!ids.vatId) ids.vatId = at(m, `GB${digits(m[1], m[2], m[3])}`);
  });
  if (
    !ids.country &&
    (ids.ukRegistered || (ids.register && /^(?:[A-Z]{2})?\d{6,8}$/.test(ids.register.value)))
  )
    ids.country = 'GB';
  return ids;
}
