import { seniorities, type Department, type Seniority } from '../icp/schema';
import { normalizeTitle, titleTokens, type TitleToken } from './title-tokens';
import { titleVocabulary, type Term, type Vocabulary } from './vocabulary';

/** What a job title says about its holder, and the words that said it. */
export interface TitleReading {
  title: string;
  seniority: Seniority | null;
  department: Department | null;
  /** The words of the title that gave the seniority, as written ("Directrice", "VP"). */
  seniorityWords: string[];
  /** The words that gave the department; for a founder or owner with no function named, that word. */
  departmentWords: string[];
}

/** One vocabulary term found in the title. */
interface Hit {
  term: Term;
  /** The title's characters that made it. */
  words: string;
  /** Seniority ignored: a title that belongs to someone else ("Assistant to the CEO"). */
  borrowed: boolean;
  /** Read from the end of an unknown word ("…kommunikation"): weaker than a known word. */
  guessed?: boolean;
}

interface Part {
  hits: Hit[];
  /** Index of the group of parts joined by soft separators ("&", "/", ",", "and"). */
  group: number;
}

interface Unit {
  hits: Hit[];
  seniority: Seniority | null;
  seniorityHit: Hit | null;
}

/** 0 for owner … 8 for intern. */
export function seniorityRank(seniority: Seniority): number {
  return seniorities.indexOf(seniority);
}

const MANAGER_RANK = seniorityRank('manager');

/**
 * Reads a job title in English, French or German: its seniority, its department and the
 * words that decided. In a double title ("Founder & CEO", "VP Sales | Advisor") the most
 * senior part wins; words after "@", "at", "chez" or "bei" (the company), parts starting
 * with "ex" or "former", and places ("France", "EMEA") are ignored.
 */
export function readTitle(title: string): TitleReading {
  const vocabulary = titleVocabulary();
  const text = normalizeTitle(title);
  const units = unitsOf(partsOf(text, titleTokens(text), vocabulary));
  const roles = units.filter((unit) => unit.seniority !== null);
  roles.sort((a, b) => seniorityRank(a.seniority!) - seniorityRank(b.seniority!));
  const top = roles[0];
  const reading: TitleReading = {
    title,
    seniority: top?.seniority ?? null,
    department: null,
    seniorityWords: top?.seniorityHit ? [top.seniorityHit.words] : [],
    departmentWords: [],
  };
  // The department comes from the most senior part that names one ("Co-founder & CTO").
  for (const unit of roles.length > 0 ? roles : units) {
    const hit = departmentHit(unit);
    if (!hit) continue;
    reading.department = hit.term.department!;
    reading.departmentWords = [hit.words];
    break;
  }
  // "Founder", "Owner", "Gérant": running the company is their function unless a part says otherwise.
  if (!reading.department && top?.seniority === 'owner') {
    reading.department = 'general-management';
    reading.departmentWords = [...reading.seniorityWords];
  }
  return reading;
}

/** Finds vocabulary terms left to right, longest phrase first, and splits at separators. */
function partsOf(text: string, tokens: TitleToken[], vocabulary: Vocabulary): Part[] {
  const parts: Part[] = [];
  let group = 0;
  let current: Part = { hits: [], group };
  let borrowing = false;
  const close = (hard: boolean) => {
    if (current.hits.length > 0) parts.push(current);
    if (hard) group++;
    current = { hits: [], group };
    borrowing = false;
  };
  for (let index = 0; index < tokens.length;) {
    const token = tokens[index]!;
    const term = termAt(tokens, index, vocabulary);
    if (term) {
      const end = index + term.keys.length;
      if (term.kind !== 'ignored') {
        current.hits.push({
          term,
          words: titleSlice(text, tokens, index, end - 1),
          borrowed: borrowing,
        });
        const next = tokens[end]?.key ?? '';
        // "Chief of Staff to the CEO", "Assistante du directeur": the rest is the boss's title.
        if (
          term.seniority &&
          (vocabulary.toWords.has(next) || (term.assisting && vocabulary.linkWords.has(next)))
        )
          borrowing = true;
      }
      index = end;
      continue;
    }
    index++;
    if (token.kind !== 'word') close(token.kind === 'hard');
    else if (vocabulary.softWords.has(token.key)) close(false);
    else current.hits.push(...compoundHits(token, vocabulary, borrowing));
  }
  close(true);
  return parts;
}

function termAt(tokens: TitleToken[], index: number, vocabulary: Vocabulary): Term | undefined {
  const first = tokens[index]!;
  const candidates = vocabulary.byFirstKey.get(first.key);
  if (!candidates) return undefined;
  for (const term of candidates) {
    if (term.exact !== undefined && term.exact !== first.text) continue;
    let matches = true;
    for (let offset = 1; offset < term.keys.length && matches; offset++)
      matches = tokens[index + offset]?.key === term.keys[offset];
    if (matches) return term;
  }
  return undefined;
}

function titleSlice(text: string, tokens: TitleToken[], from: number, to: number): string {
  return text.slice(tokens[from]!.start, tokens[to]!.end);
}

/** "Vertriebsleiterin" → head (Leiterin) + sales (Vertrieb); "Unternehmenskommunikation" → marketing. */
function compoundHits(token: TitleToken, vocabulary: Vocabulary, borrowed: boolean): Hit[] {
  const word = token.key;
  for (const head of vocabulary.compoundHeads) {
    if (word.length <= head.key.length + 1 || !word.endsWith(head.key)) continue;
    const stem = stemAtEnd(word.slice(0, -head.key.length), vocabulary, 0);
    const hit: Hit = { term: head.term, words: token.text, borrowed };
    if (!stem) return [hit];
    return [
      hit,
      { term: { kind: 'department', keys: [word], department: stem }, words: token.text, borrowed },
    ];
  }
  // A stem alone must be long enough not to end ordinary words ("recruit" is not IT).
  const stem = stemAtEnd(word, vocabulary, 5);
  if (!stem) return [];
  const term: Term = { kind: 'department', keys: [word], department: stem };
  return [{ term, words: token.text, borrowed, guessed: true }];
}

function stemAtEnd(prefix: string, vocabulary: Vocabulary, minLength: number): Department | null {
  for (const stem of vocabulary.compoundStems)
    if (
      stem.key.length >= minLength &&
      prefix.endsWith(stem.key) &&
      (minLength === 0 || prefix.length >= stem.key.length + 3)
    )
      return stem.department;
  return null;
}

/**
 * Groups parts into units: a part that only names a department joins the title beside it in
 * its soft group ("Sales & Marketing Director", "VP Sales & Marketing").
 */
function unitsOf(parts: Part[]): Unit[] {
  const units: { hits: Hit[]; group: number; role: boolean }[] = [];
  let pending: Part | null = null;
  for (const part of parts) {
    const role = part.hits.some((hit) => hit.term.seniority && !hit.borrowed);
    if (pending && pending.group !== part.group) {
      units.push({ hits: pending.hits, group: pending.group, role: false });
      pending = null;
    }
    if (role) {
      units.push({ hits: [...(pending?.hits ?? []), ...part.hits], group: part.group, role });
      pending = null;
      continue;
    }
    const previous = units.at(-1);
    if (previous?.role && previous.group === part.group) previous.hits.push(...part.hits);
    else if (pending) pending.hits.push(...part.hits);
    else pending = { hits: [...part.hits], group: part.group };
  }
  if (pending) units.push({ hits: pending.hits, group: pending.group, role: false });
  return units.map((unit) => {
    const hit = seniorityHit(unit.hits);
    return { hits: unit.hits, seniority: hit?.term.seniority ?? null, seniorityHit: hit };
  });
}

/**
 * The hit that sets a part's seniority: the highest manager-or-above title; else a modifier
 * ("Junior", "Senior"); else the least senior individual title ("Assistante commerciale" is
 * an assistant, "Stagiaire développeur" an intern).
 */
function seniorityHit(hits: Hit[]): Hit | null {
  let manager: Hit | null = null;
  let modifier: Hit | null = null;
  let individual: Hit | null = null;
  for (const hit of hits) {
    const seniority = hit.term.seniority;
    if (!seniority || hit.borrowed) continue;
    const rank = seniorityRank(seniority);
    if (hit.term.kind === 'modifier') modifier ??= hit;
    else if (rank <= MANAGER_RANK) {
      if (!manager || rank < seniorityRank(manager.term.seniority!)) manager = hit;
    } else if (!individual || rank > seniorityRank(individual.term.seniority!)) individual = hit;
  }
  return manager ?? modifier ?? individual;
}

/**
 * The first department the part names besides its seniority word ("Support Engineer" is
 * support, "Directrice commerciale" sales), else the one its seniority word carries ("CMO"),
 * else one guessed from the end of an unknown word.
 */
function departmentHit(unit: Unit): Hit | null {
  return (
    unit.hits.find((hit) => hit.term.department && hit !== unit.seniorityHit && !hit.guessed) ??
    (unit.seniorityHit?.term.department ? unit.seniorityHit : null) ??
    unit.hits.find((hit) => hit.term.department) ??
    null
  );
}
