import type { Persona } from '../icp/schema';
import { seniorityRank, type TitleReading } from './title';
import { normalizeTitle, termKeys, titleTokens, type TitleToken } from './title-tokens';

/** How a title's seniority or department compares with what a persona lists. */
export type PersonaAspect = 'match' | 'near' | 'miss' | 'unknown' | 'any';

/** How well one title fits one persona, and why. */
export interface PersonaFit {
  persona: Persona;
  /** Position of the persona in the ICP's `personas`. */
  index: number;
  /** The persona's id, or its name when it has none: what contacts store. */
  key: string;
  /** 0-100. */
  fit: number;
  seniority: PersonaAspect;
  department: PersonaAspect;
  /** The persona keyword (`titles`) found in the title, as written there. */
  keyword: string | null;
  /** The `excludeTitles` keyword found in the title, as written there: the persona is ruled out. */
  excludedBy: string | null;
  /** The title words that decided, as written: the keyword, else the seniority and department words. */
  words: string[];
}

/** Factor of a seniority one or two steps away from the persona's, and of an unread one. */
const NEAR_SENIORITY = [1, 0.6, 0.3] as const;
const UNKNOWN_FACTOR = 0.4;

const keywordCache = new WeakMap<readonly string[], string[][]>();

/**
 * Scores a read title against every persona, best first: by fit, then a keyword found (the
 * team named that title), then weight, then file order.
 * A persona keyword in the title fits 100; an excluded keyword 0. Otherwise the fit is
 * 100 × seniority factor × department factor: 1 when the title's value is one the persona
 * lists (or it lists none), 0.6 / 0.3 for a seniority one / two steps away, 0.4 when the
 * title does not say, else 0. A persona that lists neither fits only through its keywords.
 */
export function matchPersonas(reading: TitleReading, personas: readonly Persona[]): PersonaFit[] {
  const text = normalizeTitle(reading.title);
  const tokens = titleTokens(text);
  return personas
    .map((persona, index) => fitOf(reading, persona, index, text, tokens))
    .sort(
      (a, b) =>
        b.fit - a.fit ||
        Number(b.keyword !== null) - Number(a.keyword !== null) ||
        b.persona.weight - a.persona.weight ||
        a.index - b.index,
    );
}

function fitOf(
  reading: TitleReading,
  persona: Persona,
  index: number,
  text: string,
  tokens: TitleToken[],
): PersonaFit {
  const seniority = seniorityAspect(reading, persona);
  const department = departmentAspect(reading, persona);
  const excludedBy = persona.excludeTitles
    ? findKeyword(persona.excludeTitles, text, tokens)
    : null;
  const keyword = persona.titles ? findKeyword(persona.titles, text, tokens) : null;
  const base = {
    persona,
    index,
    key: persona.id ?? persona.name,
    seniority: seniority.aspect,
    department: department.aspect,
    keyword,
    excludedBy,
  };
  if (excludedBy) return { ...base, fit: 0, words: [excludedBy] };
  if (keyword) return { ...base, fit: 100, words: [keyword] };
  const readable = persona.seniorities !== undefined || persona.departments !== undefined;
  const words = [
    ...(seniority.aspect === 'match' || seniority.aspect === 'near' ? reading.seniorityWords : []),
    ...(department.aspect === 'match' ? reading.departmentWords : []),
  ];
  return {
    ...base,
    fit: readable ? Math.round(100 * seniority.factor * department.factor) : 0,
    words: [...new Set(words)],
  };
}

function seniorityAspect(
  reading: TitleReading,
  persona: Persona,
): { aspect: PersonaAspect; factor: number } {
  if (!persona.seniorities) return { aspect: 'any', factor: 1 };
  if (!reading.seniority) return { aspect: 'unknown', factor: UNKNOWN_FACTOR };
  const rank = seniorityRank(reading.seniority);
  const distance = Math.min(
    ...persona.seniorities.map((seniority) => Math.abs(seniorityRank(seniority) - rank)),
  );
  const factor = NEAR_SENIORITY[distance] ?? 0;
  return { aspect: distance === 0 ? 'match' : factor > 0 ? 'near' : 'miss', factor };
}

function departmentAspect(
  reading: TitleReading,
  persona: Persona,
): { aspect: PersonaAspect; factor: number } {
  if (!persona.departments) return { aspect: 'any', factor: 1 };
  if (!reading.department) return { aspect: 'unknown', factor: UNKNOWN_FACTOR };
  return persona.departments.includes(reading.department)
    ? { aspect: 'match', factor: 1 }
    : { aspect: 'miss', factor: 0 };
}

/** The first keyword found as whole words in the title (any case, any accent), as written there. */
function findKeyword(
  keywords: readonly string[],
  text: string,
  tokens: TitleToken[],
): string | null {
  let keyed = keywordCache.get(keywords);
  if (!keyed) {
    keyed = keywords.map(termKeys);
    keywordCache.set(keywords, keyed);
  }
  for (const keys of keyed) {
    if (keys.length === 0) continue;
    for (let start = 0; start + keys.length <= tokens.length; start++) {
      let offset = 0;
      while (offset < keys.length && tokens[start + offset]!.key === keys[offset]) offset++;
      if (offset === keys.length)
        return text.slice(tokens[start]!.start, tokens[start + keys.length - 1]!.end);
    }
  }
  return null;
}
