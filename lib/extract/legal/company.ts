import { findForms, formAtEnd, type FormMatch } from './forms';
import type { Found } from './identifiers';

const WORD = String.raw`[\p{Lu}\d][\p{L}\d&'’.\-]{0,30}`;
const NAME = String.raw`${WORD}(?: (?:& |et |und |and |de |du |des )?${WORD}){0,5}`;
/** The capitalised words right before a legal form: "Atelier Numérique Brocéliande" SAS. */
const NAME_BEFORE = new RegExp(String.raw`(${NAME})[ ,]{0,3}$`, 'u');
const LABELLED = new RegExp(
  String.raw`(?:d[ée]nomination(?: sociale)?|raison sociale|nom de (?:la )?soci[ée]t[ée]|company name|firmenname|firma)\s?:\s?(${NAME})`,
  'giu',
);
const PUBLISHED_BY = new RegExp(
  String.raw`(?:[ée]dit[ée]e?|exploit[ée]e?|publi[ée]e?|op[ée]r[ée]e?) par (?:la soci[ée]t[ée] |l['’]entreprise )?(${NAME})|(?:propri[ée]t[ée] (?:exclusive )?de|appartient [àa]|operated by|published by|owned by)(?: la soci[ée]t[ée])? (${NAME})|\bla soci[ée]t[ée] (${NAME})`,
  'giu',
);
/** Words that start a sentence or a label, never a company name. */
const LEADING =
  /^(?:(?:Le|La|Les|L['’]|Un|Une|The|A|Die|Der|Das|Ce|Cette|Notre|Our|Société|Entreprise|Company|Firma|Éditeur|Editeur|Editor|Publisher|Propriétaire|Owner|Siège|Mentions|Légales|Impressum|Angaben|Gemäß|Copyright|©)\s)+/u;
/** Placeholders left in legal-notice templates. */
const PLACEHOLDER =
  /x{3}|[[\]<>{}…]|\.\.\.|compl[ée]ter|lorem|ipsum|votre|your company|company name|nom de|\bvotre\b|\bmuster|example|exemple/i;
/** Hosts, registrars and site builders named in notices: never the company behind the site. */
const PROVIDERS =
  /^(?:ovh|ovhcloud|github|gitlab|netlify|vercel|cloudflare|amazon|aws|google|microsoft|o2switch|gandi|ionos|1\s?&\s?1|1und1|strato|hetzner|scaleway|online|lws|ligne web services|hostinger|infomaniak|planethoster|alwaysdata|wix|squarespace|shopify|webflow|digitalocean|heroku|godaddy|siteground|kinsta|wp engine|bluehost|ikoula|one\.com|hosteurope|host europe|netcup|mittwald|all-inkl|jimdo|automattic|wordpress)\b/i;

/** A company name found in a notice, with how sure the way it was found makes us. */
export interface NameMatch {
  name: string;
  index: number;
  score: number;
  /** The legal form written right after the name, if any. */
  form?: FormMatch;
}

function clean(raw: string): string | undefined {
  const name = raw
    .replace(/^(?:©|\(c\)|copyright)? ?(?:\d{4}(?: ?[-–] ?\d{2,4})? )?/i, '')
    .replace(LEADING, '')
    .replace(/(?<![\s,.;:'’-])[\s,.;:'’-]+$/, '')
    .trim();
  if (name.length < 2 || name.length > 80 || PLACEHOLDER.test(name) || PROVIDERS.test(name))
    return undefined;
  if (!/\p{L}/u.test(name)) return undefined;
  return name;
}

/** Whether a name shares a word with the site's domain ("SASS Datentechnik" on sass-ag.de). */
export function fitsDomain(name: string, domain: string): boolean {
  const label = domain
    .split('.')
    .slice(0, -1)
    .join('')
    .replace(/[^a-z0-9]/g, '');
  const folded = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const compact = folded.replace(/[^a-z0-9]/g, '');
  if (compact.length >= 3 && (label.includes(compact) || compact.includes(label))) return true;
  return folded.split(/[^a-z0-9]+/).some((word) => word.length >= 4 && label.includes(word));
}

/**
 * Company names written in `text`: before a legal form, after a label ("Dénomination :"), or
 * after "édité par" / "la société". Scored by how the name was found, whether identifiers sit
 * close by, and whether it fits the site's domain.
 */
export function findNames(text: string, anchors: readonly Found[], domain: string): NameMatch[] {
  const out: NameMatch[] = [];
  const near = (index: number) => anchors.some((a) => Math.abs(a.index - index) < 250);
  const add = (raw: string | undefined, from: number, base: number, form?: FormMatch) => {
    if (!raw) return;
    const index = Math.max(from, text.indexOf(raw, from));
    // "édité par Menhir Logiciels SAS": the form goes apart from the name.
    const end = form ? undefined : formAtEnd(raw);
    if (end && end.index > 0) {
      form = { ...end, index: index + end.index };
      raw = raw.slice(0, end.index);
    }
    const name = clean(raw);
    if (!name) return;
    const score = base + (near(index) ? 3 : 0) + (fitsDomain(name, domain) ? 2 : 0);
    out.push({ name, index, score, form });
  };
  const forms = findForms(text);
  for (const form of forms) {
    const lineStart = text.lastIndexOf('\n', form.index) + 1;
    const before = text.slice(Math.max(lineStart, form.index - 120), form.index);
    const match = NAME_BEFORE.exec(before);
    // "Akema, Société par Actions Simplifiée" and "Alpenwerk Software GmbH" both name the company.
    if (match) add(match[1], form.index - before.length + match.index!, 2, form);
  }
  let count = 0;
  for (const match of text.matchAll(LABELLED)) {
    if (++count > 50) break;
    add(match[1], match.index!, 5);
  }
  for (const match of text.matchAll(PUBLISHED_BY)) {
    if (++count > 100) break;
    add(match[1] ?? match[2] ?? match[3], match.index!, match[3] ? 2 : 4);
  }
  return out.sort((a, b) => b.score - a.score || a.index - b.index);
}
