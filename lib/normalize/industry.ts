import taxonomy from './industries.json';
import { foldText } from './text';

export interface IndustryEntry {
  label: string;
  parent?: string;
  synonyms?: string[];
  naf?: string[];
}

export const INDUSTRIES: readonly IndustryEntry[] = taxonomy.industries;

const BY_FOLDED_NAME = new Map<string, IndustryEntry>();
for (const entry of INDUSTRIES) {
  BY_FOLDED_NAME.set(foldText(entry.label), entry);
  for (const synonym of entry.synonyms ?? []) {
    const key = foldText(synonym);
    if (!BY_FOLDED_NAME.has(key)) BY_FOLDED_NAME.set(key, entry);
  }
}
const BY_LABEL = new Map(INDUSTRIES.map((entry) => [entry.label, entry] as const));

/** The taxonomy label for an industry name or synonym in English or French, or undefined. */
export function canonicalIndustry(name: string): string | undefined {
  return BY_FOLDED_NAME.get(foldText(name))?.label;
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
