import { describe, expect, it } from 'vitest';
import { departments, seniorities } from '../../../lib/icp/schema';
import abbreviations from '../../../lib/persona/abbreviations.json';
import departmentWords from '../../../lib/persona/department-words.json';
import compounds from '../../../lib/persona/german-compounds.json';
import seniorityWords from '../../../lib/persona/seniority-words.json';
import noise from '../../../lib/persona/title-noise.json';
import roles from '../../../lib/persona/title-roles.json';
import { readTitle } from '../../../lib/persona/title';
import { termKeys } from '../../../lib/persona/title-tokens';
import { titleVocabulary, vocabularyTerms } from '../../../lib/persona/vocabulary';

const terms = vocabularyTerms();
const words = (term: string) => term.match(/[\p{L}\p{N}]+/gu) ?? [];

describe('the title vocabulary (data files)', () => {
  it('uses only the seniorities and departments of the ICP format', () => {
    const levels = Object.keys(seniorityWords.levels);
    expect(levels).toEqual([...seniorities]);
    for (const seniority of Object.keys(seniorityWords.modifiers))
      expect(seniorities).toContain(seniority);
    const named = Object.keys(departmentWords).filter((key) => key !== '$comment');
    expect(named.sort()).toEqual([...departments].sort());
    for (const role of roles.roles) {
      expect(seniorities).toContain(role.seniority);
      expect(departments).toContain(role.department);
    }
    for (const [acronym, meaning] of Object.entries(abbreviations.abbreviations)) {
      const entry = meaning as { seniority?: string; department?: string; means: string };
      expect(entry.seniority ?? entry.department, acronym).toBeDefined();
      if (entry.seniority) expect(seniorities).toContain(entry.seniority);
      if (entry.department) expect(departments).toContain(entry.department);
      expect(entry.means.length, acronym).toBeGreaterThan(2);
    }
    for (const department of Object.values(compounds.stems))
      expect(departments).toContain(department);
  });

  it('is big enough to read real titles', () => {
    const count = (kind: string) => terms.filter((term) => term.kind === kind).length;
    expect(count('level')).toBeGreaterThanOrEqual(300);
    expect(count('department')).toBeGreaterThanOrEqual(250);
    expect(Object.keys(abbreviations.abbreviations).length).toBeGreaterThanOrEqual(50);
  });

  it('keeps every word of every term (nothing read as a gender ending, company or past job)', () => {
    for (const term of [
      ...Object.values(seniorityWords.levels).flat(),
      ...Object.values(seniorityWords.modifiers).flat(),
      ...roles.roles.flatMap((role) => role.titles),
      ...Object.entries(departmentWords)
        .filter(([key]) => key !== '$comment')
        .flatMap(([, list]) => list as string[]),
      ...noise.ignored,
    ]) {
      const keys = termKeys(term).filter((key) => /[\p{L}\p{N}]/u.test(key));
      expect(keys.length, term).toBe(words(term).length);
    }
  });

  it('defines each term once, so no word means two things', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const term of terms) {
      const id = `${term.exact ?? ''}|${term.keys.join(' ')}`;
      const meaning = `${term.kind}:${term.seniority ?? ''}/${term.department ?? ''}`;
      if (seen.has(id)) clashes.push(`"${term.keys.join(' ')}" is ${seen.get(id)} and ${meaning}`);
      else seen.set(id, meaning);
    }
    expect(clashes).toEqual([]);
  });

  it('writes terms in lower case except acronyms, so the files stay easy to review', () => {
    for (const term of terms.filter((term) => term.kind !== 'ignored' && !term.exact))
      for (const key of term.keys) expect(key, term.keys.join(' ')).toBe(key.toLowerCase());
    for (const word of [
      ...Object.values(seniorityWords.levels).flat(),
      ...roles.roles.flatMap((role) => role.titles),
    ])
      expect(word, word).toBe(word.toLowerCase());
  });

  it('has a seniority word behind every German compound head, and feminine forms beside masculine ones', () => {
    const vocabulary = titleVocabulary();
    expect(vocabulary.compoundHeads.map((head) => head.key).sort()).toEqual(
      compounds.heads.map((head) => termKeys(head).join(' ')).sort(),
    );
    const heads = new Set(compounds.heads);
    expect(heads.size).toBe(compounds.heads.length);
    const unpaired = compounds.heads.filter(
      (head) =>
        /(?:er|or|ent|ant|ist|yst)$/.test(head) && !heads.has(`${head}in`) && head !== 'controller',
    );
    expect(unpaired).toEqual([]);
  });

  it('lists each noise word once, and every assisting noun as a seniority word', () => {
    for (const [key, list] of Object.entries(noise))
      if (Array.isArray(list)) expect(new Set(list).size, key).toBe(list.length);
    const single = new Set(
      terms.filter((term) => term.seniority && term.keys.length === 1).map((term) => term.keys[0]),
    );
    for (const noun of noise.assistingNouns) expect(single, noun).toContain(termKeys(noun)[0]);
  });

  it('keeps place names apart from the vocabulary', () => {
    const vocabulary = new Set(
      terms.filter((term) => term.kind !== 'ignored').map((term) => term.keys.join(' ')),
    );
    for (const place of noise.ignored)
      expect(vocabulary.has(termKeys(place).join(' ')), place).toBe(false);
  });
});

describe('French and German forms of one title read alike', () => {
  it.each([
    ['Directeur commercial', 'Directrice commerciale'],
    ['Directeur général', 'Directrice générale'],
    ['Directeur administratif et financier', 'Directrice administrative et financière'],
    ['Chargé de communication', 'Chargée de communication'],
    ["Chargé d'affaires", "Chargée d'affaires"],
    ['Commercial', 'Commerciale'],
    ['Ingénieur commercial', 'Ingénieure commerciale'],
    ['Développeur', 'Développeuse'],
    ['Contrôleur de gestion', 'Contrôleuse de gestion'],
    ['Acheteur', 'Acheteuse'],
    ['Fondateur', 'Fondatrice'],
    ['Cofondateur', 'Cofondatrice'],
    ['Gérant', 'Gérante'],
    ['Associé', 'Associée'],
    ['Chef de produit', 'Cheffe de produit'],
    ['Chef de projet', 'Cheffe de projet'],
    ['Assistant de direction', 'Assistante de direction'],
    ['Technicien informatique', 'Technicienne informatique'],
    ['Conseiller clientèle', 'Conseillère clientèle'],
    ['Recruteur', 'Recruteuse'],
    ['Avocat', 'Avocate'],
    ['Alternant marketing', 'Alternante marketing'],
    ['Étudiant', 'Étudiante'],
    ['Geschäftsführer', 'Geschäftsführerin'],
    ['Vertriebsleiter', 'Vertriebsleiterin'],
    ['Leiter Marketing', 'Leiterin Marketing'],
    ['Abteilungsleiter IT', 'Abteilungsleiterin IT'],
    ['Teamleiter Vertrieb', 'Teamleiterin Vertrieb'],
    ['Inhaber', 'Inhaberin'],
    ['Gründer', 'Gründerin'],
    ['Einkäufer', 'Einkäuferin'],
    ['Entwickler', 'Entwicklerin'],
    ['Referent Marketing', 'Referentin Marketing'],
    ['Berater', 'Beraterin'],
    ['Praktikant Vertrieb', 'Praktikantin Vertrieb'],
    ['Sachbearbeiter Einkauf', 'Sachbearbeiterin Einkauf'],
    ['Justiziar', 'Justiziarin'],
  ])('%s / %s', (masculine, feminine) => {
    const a = readTitle(masculine);
    const b = readTitle(feminine);
    expect(a.seniority).not.toBeNull();
    expect([b.seniority, b.department]).toEqual([a.seniority, a.department]);
  });
});
