import type { Line } from './lines';

/**
 * Parts of a legal notice about someone other than the company: the hosting provider, the
 * publication director, the web agency, the consumer mediator, the data protection officer and
 * authority (CNIL).
 * Their names, numbers and addresses must never become the company's.
 */
const OTHERS =
  /h[ée]berg|\bhost(?:ed|ing|er)?\b|gehostet|directeur de (?:la )?publication|directrice de (?:la )?publication|responsables? de (?:la )?(?:publication|r[ée]daction)|verantwortlich|v\.\s?i\.\s?s\.\s?d\.\s?p|r[ée]alis(?:é|ation)(?: du site| par|\s?:)|con[çc]u par|conception(?: du site| graphique|\s?:)|cr[ée]ation du site|web\s?design|d[ée]velopp(?:é|ement) (?:par|du site)|(?:designed|developed|powered|made|website|site) by|propuls[ée] par|gestaltung|umsetzung|programmierung|cr[ée]dits?\b|bildnachweis|photo(?:s|graphies?)?\s?:|m[ée]diat(?:eur|ion)|schlichtung|streitbeilegung|d[ée]l[ée]gu[ée] à la protection|\bdpo\b|datenschutzbeauftragte|\bcnil\b|datenschutzbeh[öo]rde|aufsichtsbeh[öo]rde/i;

/** Labels that introduce the company itself, ending a skipped section. */
const PARTY =
  /^(?:[ée]dit(?:eur|ion|ed)|le site (?:est )?[ée]dit|publisher|editor|propri[ée]taire|owner|identit[ée]|pr[ée]sentation|informations? (?:l[ée]gales|g[ée]n[ée]rales|soci[ée]t[ée])|mentions l[ée]gales|legal (?:notice|information)|impressum|imprint|angaben|anbieter|diensteanbieter|betreiber|company (?:details|information))/i;

/** Labels of an address or contact field: inside another party's item, they still describe it. */
const FIELD =
  /^(?:adresse|address|anschrift|t[ée]l|phone|telefon|fax|e-?mail|site|web|url|contact|kontakt|rcs|siret|siren|capital|tva|vat|ust|n°)/i;

/**
 * The label a line starts with ("Hébergeur :", "Hosting:"), or the whole line when it is short
 * enough to be one, and whether text follows the label on the line.
 */
function labelOf(line: Line): { label: string; rest: boolean } | undefined {
  const colon = /^([^:\n]{2,60}?)\s?:(.?)/.exec(line.text);
  if (colon && !/\d{3}/.test(colon[1]!)) return { label: colon[1]!, rest: colon[2] !== '' };
  return line.text.length <= 40 ? { label: line.text, rest: false } : undefined;
}

/**
 * The lines of a legal notice that speak about the company: drops the sections and sentences
 * about the host, the publication director, the agency and the like.
 *
 * A heading or a label standing alone about another party ("Hébergeur :", "Hosting") opens a
 * section that lasts to the next heading, the next label introducing the company ("Éditeur"), or a
 * long paragraph. A label followed by text ("Hébergeur : OVH SAS, …") opens an item that lasts to
 * the next block starting with a label other than an address or contact field. A sentence that
 * mentions the host mid-line ("L'hébergement est assuré par GitHub") is cut from there to the end
 * of its block.
 */
export function companyLines(lines: readonly Line[]): string[] {
  const kept: string[] = [];
  let skip: 'section' | 'item' | 'block' | undefined;
  let skipBlock = -1;
  for (const line of lines) {
    if (line.heading) {
      skip = OTHERS.test(line.text) ? 'section' : undefined;
      if (!skip) kept.push(line.text);
      continue;
    }
    const label = labelOf(line);
    const newBlock = line.block !== skipBlock;
    if (skip === 'block' && newBlock) skip = undefined;
    if (skip === 'item' && newBlock && label && !FIELD.test(label.label)) skip = undefined;
    if (skip === 'section' && line.text.length > 120) skip = undefined;
    if (label && OTHERS.test(label.label)) {
      skip = label.rest ? 'item' : 'section';
      skipBlock = line.block;
      continue;
    }
    if (label && PARTY.test(label.label)) skip = undefined;
    if (skip) continue;
    const other = OTHERS.exec(line.text);
    if (other) {
      // Keep what precedes the sentence: "… Akema. L'hébergement est assuré par …".
      const end = Math.max(
        line.text.lastIndexOf('. ', other.index),
        line.text.lastIndexOf('; ', other.index),
      );
      if (end > 0) kept.push(line.text.slice(0, end + 1));
      skip = 'block';
      skipBlock = line.block;
      continue;
    }
    kept.push(line.text);
  }
  return kept;
}
