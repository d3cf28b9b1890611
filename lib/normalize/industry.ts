import taxonomy from './industries.json';
import nafTable from './naf-industries.json';
import { foldText } from './text';

export interface IndustryEntry {
  label: string;
  parent?: string;
  synonyms?: string[];
  /** NAF/APE code prefixes mapped to this label (from naf-industries.json). */
  naf?: string[];
}

/** NAF code prefix → industry label (lib/normalize/naf-industries.json). */
export const NAF_INDUSTRIES: Readonly<Record<string, string>> = nafTable.codes;

const NAF_BY_LABEL = new Map<string, string[]>();
for (const [code, label] of Object.entries(NAF_INDUSTRIES))
  NAF_BY_LABEL.set(label, [...(NAF_BY_LABEL.get(label) ?? []), code]);

export const INDUSTRIES: readonly IndustryEntry[] = taxonomy.industries.map((entry) => {
  const naf = NAF_BY_LABEL.get(entry.label);
  return naf ? { ...entry, naf } : entry;
});

/** Lookup key: folded text, "&" read as "and" (LinkedIn wrote both), one kind of apostrophe. */
function industryKey(name: string): string {
  return foldText(name).replace(/ ?& ?/g, ' and ').replace(/[’`]/g, "'");
}

const BY_KEY = new Map<string, IndustryEntry>();
for (const entry of INDUSTRIES) BY_KEY.set(industryKey(entry.label), entry);
for (const entry of INDUSTRIES)
  for (const synonym of entry.synonyms ?? []) {
    const key = industryKey(synonym);
    if (!BY_KEY.has(key)) BY_KEY.set(key, entry);
  }
const BY_LABEL = new Map(INDUSTRIES.map((entry) => [entry.label, entry] as const));

/** The taxonomy label for an industry name or synonym in English or French, or undefined. */
export function canonicalIndustry(name: string): string | undefined {
  return BY_KEY.get(industryKey(name))?.label;
}

/** The label and every parent group above it, nearest first. */
export function industryAncestry(label: string): string[] {
  const chain: string[] = [];
  let entry = BY_LABEL.get(label);
  while (entry && !chain.includes(entry.label)) {
    chain.push(entry.label);
    entry = entry.parent ? BY_LABEL.get(entry.parent) : undefined;
  }
  return chain.length > 0 ? chain : [label];
}

/** The industries directly under a group, in taxonomy order (for the ICP editor's picker). */
export function industryChildren(label: string): string[] {
  return INDUSTRIES.filter((entry) => entry.parent === label).map((entry) => entry.label);
}

/**
 * Whether a company's industry satisfies a wanted industry: the same industry (by label or
 * synonym) or one of its sub-industries when the wanted value is a group.
 */
export function industryMatches(companyIndustry: string, wanted: string): boolean {
  const company = canonicalIndustry(companyIndustry);
  const target = canonicalIndustry(wanted);
  if (!company || !target) return foldText(companyIndustry) === foldText(wanted);
  return industryAncestry(company).includes(target);
}

/**
 * The industry label for a NAF/APE code ("62.01Z", "6201Z", "58.29C"): the label of the longest
 * division, group, class or sub-class prefix in naf-industries.json, or undefined.
 */
export function industryFromNaf(code: string): string | undefined {
  const compact = code.replace(/[\s.]/g, '').toUpperCase();
  const match = /^(\d{2})(\d)?(\d)?([A-Z])?$/.exec(compact);
  if (!match) return undefined;
  const [, division, group, klass, sub] = match;
  const keys = [
    group && klass && sub ? `${division}.${group}${klass}${sub}` : undefined,
    group && klass ? `${division}.${group}${klass}` : undefined,
    group ? `${division}.${group}` : undefined,
    division,
  ];
  for (const key of keys) if (key && NAF_INDUSTRIES[key]) return NAF_INDUSTRIES[key];
  return undefined;
}
