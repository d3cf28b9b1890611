import { foldText } from '../normalize/text';
import type { Department, Seniority } from '../icp/schema';
import abbreviationsFile from './abbreviations.json';
import departmentWordsFile from './department-words.json';
import compoundsFile from './german-compounds.json';
import seniorityWordsFile from './seniority-words.json';
import rolesFile from './title-roles.json';
import noise from './title-noise.json';
import { termKeys } from './title-tokens';

/**
 * The title vocabulary (the JSON files beside this module) indexed for a left-to-right,
 * longest-phrase-first scan of a title's tokens.
 */

export type TermKind = 'level' | 'modifier' | 'department' | 'ignored';

export interface Term {
  kind: TermKind;
  /** Folded token keys: "Vice-Président" → ["vice", "president"]. */
  keys: string[];
  seniority?: Seniority;
  department?: Department;
  /** Set for acronyms that count only when written exactly so ("IT", not "it"). */
  exact?: string;
  /** "Assistant", "Secrétaire": the titles after "to", "de", "der" are their boss's. */
  assisting?: boolean;
}

export interface Vocabulary {
  /** Terms by their first key, longest first. */
  byFirstKey: Map<string, Term[]>;
  compoundHeads: { key: string; term: Term }[];
  compoundStems: { key: string; department: Department }[];
  softWords: Set<string>;
  linkWords: Set<string>;
  toWords: Set<string>;
}

let built: Vocabulary | undefined;

/** The indexed vocabulary, built once. */
export function titleVocabulary(): Vocabulary {
  built ??= buildVocabulary();
  return built;
}

/** Every term of the data files, in file order, before indexing (the data test reads these). */
export function vocabularyTerms(): Term[] {
  const assisting = new Set(noise.assistingNouns.map(foldText));
  const terms: Term[] = [];
  const add = (term: string, entry: Omit<Term, 'keys'>) => {
    const keys = termKeys(term);
    terms.push({
      ...entry,
      keys,
      ...(keys.some((key) => assisting.has(key)) ? { assisting: true } : {}),
    });
  };
  const levels = seniorityWordsFile.levels as Record<Seniority, string[]>;
  for (const [seniority, words] of Object.entries(levels) as [Seniority, string[]][])
    for (const word of words) add(word, { kind: 'level', seniority });
  const modifiers = seniorityWordsFile.modifiers as Partial<Record<Seniority, string[]>>;
  for (const [seniority, words] of Object.entries(modifiers) as [Seniority, string[]][])
    for (const word of words) add(word, { kind: 'modifier', seniority });
  for (const role of rolesFile.roles as {
    seniority: Seniority;
    department: Department;
    titles: string[];
  }[])
    for (const title of role.titles)
      add(title, { kind: 'level', seniority: role.seniority, department: role.department });
  const abbreviations = abbreviationsFile.abbreviations as Record<
    string,
    { seniority?: Seniority; department?: Department; caseSensitive?: boolean }
  >;
  for (const [acronym, meaning] of Object.entries(abbreviations))
    add(acronym, {
      kind: meaning.seniority ? 'level' : 'department',
      ...(meaning.seniority ? { seniority: meaning.seniority } : {}),
      ...(meaning.department ? { department: meaning.department } : {}),
      ...(meaning.caseSensitive ? { exact: acronym } : {}),
    });
  const departmentWords = departmentWordsFile as unknown as Record<string, string[]>;
  for (const [department, words] of Object.entries(departmentWords))
    if (department !== '$comment')
      for (const word of words)
        add(word, { kind: 'department', department: department as Department });
  for (const word of noise.ignored) add(word, { kind: 'ignored' });
  return terms;
}

function buildVocabulary(): Vocabulary {
  const byFirstKey = new Map<string, Term[]>();
  const seen = new Set<string>();
  for (const term of vocabularyTerms()) {
    const id = `${term.exact ?? ''} ${term.keys.join(' ')}`;
    const first = term.keys[0];
    // The first definition wins; the data test keeps the files free of duplicates.
    if (first === undefined || seen.has(id)) continue;
    seen.add(id);
    const list = byFirstKey.get(first) ?? [];
    list.push(term);
    byFirstKey.set(first, list);
  }
  for (const list of byFirstKey.values())
    list.sort(
      (a, b) =>
        b.keys.length - a.keys.length || Number(Boolean(b.exact)) - Number(Boolean(a.exact)),
    );
  const single = (key: string) =>
    byFirstKey.get(key)?.find((term) => term.keys.length === 1 && !term.exact && term.seniority);
  const compoundHeads = compoundsFile.heads
    .map((head) => ({ key: foldText(head), term: single(foldText(head)) }))
    .filter((head): head is { key: string; term: Term } => head.term !== undefined)
    .sort((a, b) => b.key.length - a.key.length);
  const compoundStems = Object.entries(compoundsFile.stems as Record<string, Department>)
    .map(([stem, department]) => ({ key: foldText(stem), department }))
    .sort((a, b) => b.key.length - a.key.length);
  const fold = (words: string[]) => new Set(words.map(foldText));
  return {
    byFirstKey,
    compoundHeads,
    compoundStems,
    softWords: fold(noise.softWords),
    linkWords: fold(noise.linkWords),
    toWords: fold(noise.toWords),
  };
}
