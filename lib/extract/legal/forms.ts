/**
 * Legal forms as written in French, German, Austrian, Swiss and UK notices, each with the
 * normalised form it stands for. Order matters: longer forms first.
 */
const FORMS: [RegExp, string][] = [
  [/soci[ée]t[ée] par actions simplifi[ée]e unipersonnelle/gi, 'SASU'],
  [/soci[ée]t[ée] par actions simplifi[ée]e/gi, 'SAS'],
  [/entreprise unipersonnelle [àa] responsabilit[ée] limit[ée]e/gi, 'EURL'],
  [/soci[ée]t[ée] [àa] responsabilit[ée] limit[ée]e/gi, 'SARL'],
  [/soci[ée]t[ée] coop[ée]rative (?:et participative|ouvri[èe]re de production)/gi, 'SCOP'],
  [/soci[ée]t[ée] en nom collectif/gi, 'SNC'],
  [/soci[ée]t[ée] civile immobili[èe]re/gi, 'SCI'],
  [/soci[ée]t[ée] anonyme/gi, 'SA'],
  [/entrepreneur individuel|micro-?entreprise|auto-?entrepreneur/gi, 'EI'],
  [/\bGmbH\s?&\s?Co\.?\s?KG\b/g, 'GmbH & Co. KG'],
  [/\bUG\s?\(haftungsbeschr[äa]nkt\)/g, 'UG'],
  [/\bg?GmbH\b|\bGes\.?\s?m\.?\s?b\.?\s?H\.?/g, 'GmbH'],
  [/\bKGaA\b/g, 'KGaA'],
  [/\b(?:AG|Aktiengesellschaft)\b/g, 'AG'],
  [/\b(?:OHG|KG|UG|SE|eG)\b/g, '$'],
  [/\be\.\s?K\.(?=\s|,|$)/g, 'e.K.'],
  [/\bS\.?A\.?S\.?U\b/g, 'SASU'],
  [/\bS\.A\.S\.?(?=\s|,|$)|\bSAS\b/g, 'SAS'],
  [/\bS\.?A\.?R\.?L\b|\bS[àa]rl\b/g, 'SARL'],
  [/\bE\.?U\.?R\.?L\b/g, 'EURL'],
  [/\b(?:SCOP|SNC|SCI|SELARL|SELAS|SCA|GIE)\b/g, '$'],
  [/\bS\.A\.(?=\s|,|$)|\bSA\b/g, 'SA'],
  [/\bPublic Limited Company\b|\bPLC\b|\bplc\b/g, 'PLC'],
  [/\bLimited Liability Partnership\b|\bLLP\b/g, 'LLP'],
  [/\bLtd\b|\bLimited\b/g, 'Ltd'],
];

/** Where a legal form is written in `text`: index, length and the normalised form. */
export interface FormMatch {
  index: number;
  length: number;
  form: string;
}

/** Every legal form written in `text`, in order, the longest reading at each place. */
export function findForms(text: string, max = 50): FormMatch[] {
  const found: FormMatch[] = [];
  for (const [pattern, form] of FORMS) {
    for (const match of text.matchAll(pattern)) {
      if (found.length >= max) break;
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((f) => start < f.index + f.length && end > f.index)) continue;
      // "AG München" after "Registergericht:" is the local court (Amtsgericht), not a form.
      if (
        form === 'AG' &&
        /(?:gericht|register)\s?:?\s?$|:\s?$/i.test(text.slice(Math.max(0, start - 20), start))
      )
        continue;
      found.push({ index: start, length: match[0].length, form: form === '$' ? match[0] : form });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The normalised legal form a company name ends with ("Alpenwerk Software GmbH" → "GmbH"). */
export function formAtEnd(name: string): FormMatch | undefined {
  const forms = findForms(name);
  const last = forms[forms.length - 1];
  return last && last.index + last.length >= name.replace(/(?<![.\s])[.\s]+$/, '').length
    ? last
    : undefined;
}
