import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../lib/i18n/translate';
import { describeIcpProblem, describeIcpProblems } from '../../../lib/icp/problem-text';
import { parseIcp, parseIcpText } from '../../../lib/icp/validate';
import { icpFromCsv } from '../../../lib/sync/csv';

const en = createI18n('en');
const fr = createI18n('fr');
const N = '\u202f';

const criterion = (patch: Record<string, unknown> = {}) => ({
  id: 'industry',
  label: 'Software',
  field: 'industry',
  op: 'in',
  values: ['Software Development'],
  ...patch,
});

function problemsOf(document: Record<string, unknown>) {
  const parsed = parseIcp({
    format: 'icp-lens/v1',
    id: 'team',
    name: 'Team',
    version: 1,
    ...document,
  });
  if (parsed.ok) throw new Error('expected problems');
  return parsed.problems;
}

const sevenCriteria = (last: Record<string, unknown>) => ({
  criteria: [
    ...Array.from({ length: 6 }, (_, index) => criterion({ id: `c${index}` })),
    criterion({ id: 'c6', ...last }),
  ],
});

describe('describeIcpProblem: problems in the user’s words, counted from 1', () => {
  it('words the schema library’s "too small" on a criterion’s values, in English and French', () => {
    const [problem] = problemsOf(sevenCriteria({ values: [] }));
    expect(problem!.path).toBe('criteria[6].values'); // developers (the CLI) keep the JSON path
    expect(describeIcpProblem(problem!, en)).toBe('Criterion 7: pick at least one value');
    expect(describeIcpProblem(problem!, fr)).toBe(`Critère 7${N}: choisissez au moins une valeur`);
  });

  it('names the ICP’s own settings without a path', () => {
    const problems = problemsOf({ name: '', id: 'Team A', criteria: [criterion()] });
    expect(describeIcpProblems(problems, en)).toEqual([
      expect.stringMatching(/^The id must be 1 to 64 lower-case letters/),
      'Give the ICP a name',
    ]);
    expect(describeIcpProblems(problems, fr)).toEqual([
      expect.stringMatching(/^L’identifiant doit compter de 1 à 64 caractères/),
      'Donnez un nom à l’ICP',
    ]);
  });

  it('words the schema’s own rules with the editor’s names for fields and conditions', () => {
    const problems = problemsOf({
      criteria: [
        criterion({ op: 'between', values: undefined, min: 10 }),
        criterion({
          id: 'size',
          field: 'employees',
          op: 'between',
          values: undefined,
          min: 500,
          max: 50,
        }),
        criterion({
          id: 'size',
          field: 'employees',
          op: 'between',
          values: undefined,
          min: 5,
          currency: 'EUR',
        }),
      ],
    });
    expect(describeIcpProblems(problems, en)).toEqual([
      'Criterion 1: “is between” does not apply to Industry; choose another condition',
      'Criterion 2: the upper bound is below the lower bound',
      'Criterion 3: a currency applies to revenue only',
      'Criterion 3: another criterion already has the id “size”',
    ]);
    expect(describeIcpProblems(problems, fr)[0]).toBe(
      `Critère 1${N}: «${N}est compris entre${N}» ne s’applique pas à l’information «${N}Secteur${N}»${N}; choisissez une autre condition`,
    );
  });

  it('words tiers, weights, bounds and unknown keys', () => {
    const problems = problemsOf({
      tiers: [
        { label: 'A', min: 120 },
        { label: 'A', min: 0 },
      ],
      criteria: [criterion({ weight: 0, colour: 'red' }), criterion({ id: 'b', role: 'exclude' })],
    });
    const english = describeIcpProblems(problems, en);
    expect(english).toContain('Tier 1: the score must be between 0 and 100');
    expect(english).toContain('Criterion 1: the weight must be above 0');
    expect(english).toContain('Criterion 1: not part of the ICP format: colour');
    expect(english).toContain('Tier 2: another tier is already called “A”');
    expect(describeIcpProblems(problems, fr)).toContain(
      `Niveau n° 2${N}: un autre niveau s’appelle déjà «${N}A${N}»`,
    );
  });

  it('words the reserved tier labels and the minimum coverage', () => {
    const problems = problemsOf({
      tiers: [
        { label: 'excluded', min: 50 },
        { label: '?', min: 0 },
      ],
      minCoverage: 1.5,
      criteria: [criterion()],
    });
    expect(problems.map((problem) => problem.issue?.params?.rule ?? problem.issue?.code)).toEqual([
      'too_big',
      'reserved-tier',
      'reserved-undecided-tier',
    ]);
    expect(describeIcpProblems(problems, en)).toEqual([
      'The minimum coverage is a share of the weight, from 0 to 1 (such as 0.5)',
      '“excluded” is reserved for disqualified companies; name the tier differently',
      '“?” is reserved for companies whose tier is undecided for lack of data; name the tier differently',
    ]);
    expect(describeIcpProblems(problems, fr)).toEqual([
      'La couverture minimale est une part du poids, de 0 à 1 (par exemple 0,5)',
      `«${N}excluded${N}» est réservé aux entreprises disqualifiées${N}; nommez le niveau autrement`,
      `«${N}?${N}» est réservé aux entreprises dont le niveau reste à déterminer faute de données${N}; nommez le niveau autrement`,
    ]);
    const [negative] = problemsOf({ minCoverage: -0.1, criteria: [criterion()] });
    expect(describeIcpProblem(negative!, fr)).toBe(
      'La couverture minimale est une part du poids, de 0 à 1 (par exemple 0,5)',
    );
    const [wrongType] = problemsOf({ minCoverage: 'half', criteria: [criterion()] });
    expect(describeIcpProblem(wrongType!, en)).toBe('The minimum coverage must be a number');
  });

  it('says what is missing or of the wrong type', () => {
    const problems = problemsOf({
      criteria: [{ id: 'x', field: 'country', op: 'in', values: ['FR'] }],
      version: 'two',
    });
    expect(describeIcpProblems(problems, en)).toEqual([
      'The version must be a whole number, 1 or more',
      'Criterion 1: the label is missing',
    ]);
    expect(describeIcpProblems(problems, fr)).toEqual([
      'La version doit être un nombre entier, 1 ou plus',
      `Critère 1${N}: il manque le libellé`,
    ]);
  });

  it('words a file that is not JSON or not an ICP at all', () => {
    const syntax = parseIcpText('{ nope');
    const format = parseIcp({ format: 'other/v9' });
    expect(syntax.ok || format.ok).toBe(false);
    if (syntax.ok || format.ok) return;
    expect(describeIcpProblem(syntax.problems[0]!, fr)).toMatch(
      /^Le fichier n’est pas un JSON valide \(.+\)$/,
    );
    expect(describeIcpProblem(format.problems[0]!, en)).toBe(
      'The format “other/v9” is not supported; this version of ICP Lens reads “icp-lens/v1”',
    );
  });

  it('keeps the CSV line of a problem found in a sheet', () => {
    const parsed = icpFromCsv('field,op,values\nicp.version,,1\nindustry,in,\n', {
      fallbackId: 'sheet',
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(describeIcpProblems(parsed.problems, en)).toContain(
      'Criterion 1 (CSV line 3): pick at least one value',
    );
    expect(describeIcpProblems(parsed.problems, fr)).toContain(
      `Critère 1 (ligne 3 du CSV)${N}: choisissez au moins une valeur`,
    );
  });

  it('words the problems of the sheet itself and of its CSV, with their line', () => {
    const said = (text: string, i18n = fr) => {
      const parsed = icpFromCsv(text, { fallbackId: 'sheet' });
      return parsed.ok ? [] : describeIcpProblems(parsed.problems, i18n);
    };
    expect(said('field,op,values\n"industry,in,x\n')).toEqual([
      `Ligne 2 du CSV${N}: une cellule entre guillemets n’est jamais fermée${N}: cherchez un " en trop sur cette ligne`,
    ]);
    expect(said('field,op,values\n"industry,in,x\n', en)).toEqual([
      'CSV line 2: a quoted cell is never closed: check for a stray " on this line',
    ]);
    expect(said('field,values\nicp.version,1,x,y\n')).toEqual([
      `Ligne 2 du CSV${N}: trop de champs${N}: 2 attendus, 4 lus (séparez les valeurs par «${N};${N}» ou mettez la cellule entre guillemets)`,
    ]);
    expect(said('field,wieght\nicp.version,1\n', en)[0]).toMatch(
      /^Unknown column “wieght”; use field, op/,
    );
    expect(said('Name;Employees\nFjordwave;20\n')[0]).toMatch(
      new RegExp(`^Ce n’est pas une feuille d’ICP${N}: la première ligne doit nommer les colonnes`),
    );
    expect(said('field,values\nemployees,\n')).toEqual([
      'Ajoutez une ligne dont le champ est «\u202ficp.version\u202f» et le numéro de version dans «\u202fvalues\u202f»',
    ]);
    expect(said('')).toEqual(['Le fichier est vide.']);
  });

  it('words persona and contact-priority problems, counted from 1', () => {
    const persona = {
      id: 'buyer',
      name: 'Buyer',
      titles: ['Assistant'],
      excludeTitles: ['assistant'],
    };
    const problems = problemsOf({
      criteria: [criterion()],
      personas: [persona, { ...persona, name: 'Other', titles: [] }],
      priorities: { minFit: 90, strongFit: 70, matrix: { Z: { user: 'P1' } } },
    });
    expect(describeIcpProblems(problems, en)).toEqual([
      'Contact priorities: the strong-fit threshold is below the minimum fit',
      'Persona 1: “Assistant” is also among the title words that rule this persona out',
      'Persona 2: same id as persona 1: give each persona its own id',
      'Contact priorities: the matrix names tier “Z”, which is not among the tiers (A, B, C, D)',
    ]);
    expect(describeIcpProblems(problems, fr)).toEqual([
      `Priorités de contact${N}: le seuil d’adéquation forte est inférieur à l’adéquation minimale`,
      `Persona 1${N}: «${N}Assistant${N}» figure aussi parmi les mots de titre qui excluent ce persona`,
      `Persona 2${N}: même identifiant que le persona 1${N}: donnez à chaque persona son propre identifiant`,
      `Priorités de contact${N}: la matrice cite le niveau «${N}Z${N}», qui ne figure pas parmi les niveaux (A, B, C, D)`,
    ]);
    const [role] = problemsOf({ criteria: [criterion()], personas: [{ name: 'B', role: 'boss' }] });
    expect(describeIcpProblem(role!, en)).toBe(
      'Persona 1: the role: choose one of decision-maker, influencer, user',
    );
  });

  it('words a rollback refused for want of a signature', () => {
    const problem = {
      path: '',
      message: 'that version is not signed with the configured public key',
      issue: { code: 'version_unsigned' },
    };
    expect(describeIcpProblem(problem, en)).toBe(
      'That version is not signed with the configured public key',
    );
    expect(describeIcpProblem(problem, fr)).toBe(
      'Cette version n’est pas signée avec la clé publique configurée',
    );
  });

  it('keeps the original message, placed in the user’s words, for a problem it cannot word', () => {
    expect(
      describeIcpProblem(
        { path: 'criteria[0].label', message: 'odd', issue: { code: 'not_a_code' } },
        en,
      ),
    ).toBe('Criterion 1: odd');
  });
});
