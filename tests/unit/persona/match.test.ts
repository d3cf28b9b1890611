import { describe, expect, it } from 'vitest';
import { personaSchema, type Persona } from '../../../lib/icp/schema';
import { matchPersonas } from '../../../lib/persona/match';
import { readTitle } from '../../../lib/persona/title';

const persona = (input: Record<string, unknown>): Persona => personaSchema.parse(input);

const salesLeader = persona({
  id: 'sales-leader',
  name: 'Sales leader',
  role: 'decision-maker',
  seniorities: ['c-level', 'vp', 'head', 'director'],
  departments: ['sales'],
  excludeTitles: ['assistant', 'assistante'],
});
const salesRep = persona({
  id: 'sales-rep',
  name: 'Sales rep',
  role: 'user',
  seniorities: ['senior', 'entry'],
  departments: ['sales'],
});
const revops = persona({
  id: 'revops',
  name: 'RevOps',
  role: 'influencer',
  titles: ['Revenue Operations', 'RevOps', 'Sales Ops'],
});

function best(title: string, personas: Persona[] = [salesLeader, salesRep, revops]) {
  return matchPersonas(readTitle(title), personas)[0]!;
}

describe('matchPersonas', () => {
  it('fits a title whose seniority and department the persona lists at 100, with the words', () => {
    expect(best('Directrice commerciale France')).toMatchObject({
      key: 'sales-leader',
      fit: 100,
      seniority: 'match',
      department: 'match',
      words: ['Directrice', 'commerciale'],
    });
    expect(best('Account Executive')).toMatchObject({ key: 'sales-rep', fit: 100 });
  });

  it('fits a persona keyword at 100 even when seniority and department say nothing', () => {
    expect(best('Revenue Operations Lead')).toMatchObject({
      key: 'revops',
      fit: 100,
      keyword: 'Revenue Operations',
      words: ['Revenue Operations'],
    });
    expect(best('revops')).toMatchObject({ key: 'revops', keyword: 'revops' });
    // The company after "@" is not the person's title.
    expect(best('Account Executive @ RevOps Partners').key).toBe('sales-rep');
    expect(best('Sales-Ops Analyst')).toMatchObject({ key: 'revops', keyword: 'Sales-Ops' });
  });

  it('rules a persona out on an excluded keyword, and says which', () => {
    const fits = matchPersonas(readTitle('Assistante Directrice commerciale'), [salesLeader]);
    expect(fits[0]).toMatchObject({ fit: 0, excludedBy: 'Assistante', words: ['Assistante'] });
  });

  it('gives partial credit one or two seniority steps away, none further', () => {
    const fit = (title: string) => matchPersonas(readTitle(title), [salesLeader])[0]!;
    expect(fit('Sales Manager')).toMatchObject({ fit: 60, seniority: 'near' });
    expect(fit('Senior Account Executive')).toMatchObject({ fit: 30, seniority: 'near' });
    expect(fit('Sales Intern')).toMatchObject({ fit: 0, seniority: 'miss' });
    expect(fit('Marketing Director')).toMatchObject({ fit: 0, department: 'miss' });
  });

  it('counts an unread seniority or department as unknown, not as a match or a miss', () => {
    const fit = (title: string) => matchPersonas(readTitle(title), [salesLeader])[0]!;
    expect(fit('Director')).toMatchObject({ fit: 40, department: 'unknown' });
    expect(fit('Sales')).toMatchObject({ fit: 40, seniority: 'unknown' });
  });

  it('treats a list the persona leaves out as any', () => {
    const anyone = persona({ name: 'Anyone in marketing', departments: ['marketing'] });
    expect(matchPersonas(readTitle('Marketing Intern'), [anyone])[0]).toMatchObject({
      fit: 100,
      seniority: 'any',
      key: 'Anyone in marketing',
    });
  });

  it('matches a persona of an older file (name and titles only) through its titles alone', () => {
    const old = persona({ name: 'Head of Sales', titles: ['VP Sales', 'Head of Sales'] });
    expect(matchPersonas(readTitle('VP Sales EMEA'), [old])[0]!.fit).toBe(100);
    expect(matchPersonas(readTitle('Sales Director'), [old])[0]!.fit).toBe(0);
  });

  it('ranks by fit, then weight, then file order', () => {
    const a = persona({ id: 'a', name: 'A', departments: ['sales'] });
    const b = persona({ id: 'b', name: 'B', departments: ['sales'], weight: 3 });
    const c = persona({ id: 'c', name: 'C', departments: ['sales'] });
    const order = (personas: Persona[]) =>
      matchPersonas(readTitle('Sales Manager'), personas).map((fit) => fit.key);
    expect(order([a, b, c])).toEqual(['b', 'a', 'c']);
    expect(order([c, a])).toEqual(['c', 'a']);
    expect(order([salesLeader, a])).toEqual(['a', 'sales-leader']);
  });

  it('returns nothing for an ICP without personas', () => {
    expect(matchPersonas(readTitle('CEO'), [])).toEqual([]);
  });
});
