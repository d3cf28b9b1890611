/** A registered address read off a legal notice. */
export interface AddressMatch {
  address: string;
  city: string;
  index: number;
  /** Country the address format and its context point to, when clear. */
  country?: string;
}

const CITY = String.raw`[A-ZÉÈÀÂÎÔÄÖÜ][\p{L}'’.\-]{1,30}(?:[ -](?:sur|sous|l[èe]s|le|la|en|de|du|am|an der|im|bei|[A-ZÉÈÀÂÎÔÄÖÜ][\p{L}'’.\-]{1,30})){0,3}`;
const FR_STREET = String.raw`\d{1,4}(?:\s?(?:bis|ter|[A-D]))?,?\s(?:rue|avenue|av\.|boulevard|bd|place|all[ée]es?|chemin|route|impasse|quai|cours|square|voie|parvis|esplanade|rond-point|passage|faubourg|lieu-dit|ZA|ZI|ZAC|parc|domaine|hameau|r[ée]sidence|mail|cit[ée])\b[^\n]{1,60}?`;
const FR_ADDRESS = new RegExp(
  String.raw`(${FR_STREET})[,\s–-]{1,4}(?:F-)?(\d{5})\s(${CITY})`,
  'gu',
);
const DE_STREET = String.raw`[A-ZÄÖÜ][\p{L}ß.\-]{1,40}(?: [\p{L}ß.\-]{1,30}){0,3} \d{1,4} ?[a-zA-Z]?`;
const DE_ADDRESS = new RegExp(
  String.raw`(${DE_STREET})[ ,\n]{1,3}(?:(D|DE|A|AT|CH)-)?(\d{4,5})\s(${CITY})`,
  'gu',
);
const UK_ADDRESS = new RegExp(
  String.raw`(\d{1,4}[A-Za-z]?\s[^\n]{2,60}?),\s?(${CITY}),?\s([A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})\b`,
  'gu',
);
/** Words that say an address is the company's seat. */
const SEAT =
  /si[èe]ge|adresse|address|sitz|anschrift|registered office|head office|situ[ée]e?|located/gi;

function cityOf(raw: string): string {
  return raw
    .replace(
      /\s(?:cedex|france|deutschland|germany|österreich|austria|schweiz|suisse|switzerland|united kingdom|uk)\b.{0,40}$/i,
      '',
    )
    .replace(/(?<![\s.,-])[\s.,-]+$/, '')
    .trim();
}

/**
 * Street addresses in `text` (French, German/Austrian/Swiss and UK formats), best first: the one
 * nearest a word like "siège social" or "Sitz", then the earliest.
 */
export function findAddresses(text: string): AddressMatch[] {
  const found: AddressMatch[] = [];
  const push = (match: RegExpMatchArray, address: string, city: string, country?: string) => {
    if (found.length < 20)
      found.push({
        address: address
          .replace(/\s+/g, ' ')
          .replace(/ ,/g, ',')
          .replace(/(?<![\s.,])[\s.,]+$/, ''),
        city: cityOf(city),
        index: match.index!,
        country,
      });
  };
  for (const m of text.matchAll(FR_ADDRESS)) push(m, `${m[1]}, ${m[2]} ${m[3]}`, m[3]!, 'FR');
  for (const m of text.matchAll(DE_ADDRESS)) {
    if (found.some((f) => Math.abs(f.index - m.index!) < 40)) continue;
    const prefix = m[2]?.toUpperCase();
    const plz = m[3]!;
    const around = text.slice(Math.max(0, m.index! - 200), m.index! + 300);
    let country: string | undefined;
    if (
      prefix === 'A' ||
      prefix === 'AT' ||
      (plz.length === 4 && /österreich|austria|autriche/i.test(around))
    )
      country = 'AT';
    else if (prefix === 'CH' || (plz.length === 4 && /schweiz|suisse|switzerland/i.test(around)))
      country = 'CH';
    else if (plz.length === 5) country = 'DE';
    push(m, `${m[1]}, ${plz} ${m[4]}`, m[4]!, country);
  }
  for (const m of text.matchAll(UK_ADDRESS)) push(m, `${m[1]}, ${m[2]} ${m[3]}`, m[2]!, 'GB');
  const seats = [...text.matchAll(SEAT)].slice(0, 20).map((m) => m.index!);
  const distance = (a: AddressMatch) =>
    Math.min(1000, ...seats.filter((s) => s <= a.index).map((s) => a.index - s));
  return found.sort((a, b) => distance(a) - distance(b) || a.index - b.index);
}
