import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { scorePage } from '../../../lib/background/score-page';
import { badgeStrings } from '../../../lib/badge/strings';
import { renderBadge, type BadgeActions } from '../../../lib/badge/view';
import { bundledIcps } from '../../../lib/icp/bundled';
import type { Facts } from '../../../lib/facts/schema';
import { makeFacts, makeIcp } from '../helpers';

function setUp() {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const container = document.createElement('div') as unknown as HTMLElement;
  const actions: BadgeActions = {
    toggle: vi.fn(),
    collapse: vi.fn(),
    expand: vi.fn(),
    openFullView: vi.fn(),
    neverOnSite: vi.fn(),
  };
  return { container, actions };
}

const tab = (facts: Facts, icps = bundledIcps()) =>
  scorePage({
    tabId: 1,
    report: {
      pageUrl: 'https://www.acme.example/',
      kind: 'company-site',
      company: { url: 'https://www.acme.example/', facts },
    },
    icps,
  });

const en = badgeStrings('en', 'en-US');

describe('renderBadge', () => {
  it('renders the pill with tier, score and a label for screen readers', () => {
    const { container, actions } = setUp();
    const result = tab(
      makeFacts({
        name: 'Nuagique',
        employees: { min: 51, max: 200 },
        industry: 'Software Development',
        country: 'FR',
      }),
    );
    renderBadge(container, result, 'pill', en, actions);
    const pill = container.querySelector('button.pill')!;
    const best = result.results[0]!;
    expect(best.decided).toBe(true);
    expect(pill.textContent).toBe(`${best.tier}${best.score}`);
    expect(pill.getAttribute('aria-label')).toContain(`score ${best.score}`);
    expect(pill.getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector('section')).toBeNull();
  });

  it('lists every criterion with its outcome, coverage, range and ICP version when expanded', () => {
    const { container, actions } = setUp();
    const result = tab(
      makeFacts({ name: 'Nuagique', employees: { min: 51, max: 200 }, country: 'FR' }),
    );
    renderBadge(container, result, 'expanded', en, actions);
    const rows = [...container.querySelectorAll('li')];
    const best = result.results[0]!;
    expect(rows.map((row) => row.getAttribute('data-outcome'))).toEqual(
      best.criteria.filter((c) => c.role !== 'exclude').map((c) => c.outcome),
    );
    const text = container.textContent ?? '';
    expect(text).toContain(`${best.checked} of ${best.total} criteria checked`);
    expect(text).toContain(`score ${best.score} … ${best.potential} potential`);
    expect(text).toContain(`${best.icp.name} · v${best.icp.version}`);
    expect(text).toContain('not found on this page');
  });

  it('follows French typography in French: a narrow no-break space before each colon', () => {
    const { container, actions } = setUp();
    const result = tab(makeFacts({ name: 'Nuagique', employees: { min: 51, max: 200 } }));
    renderBadge(container, result, 'expanded', badgeStrings('fr', 'en-US'), actions);
    const text = container.textContent ?? '';
    expect(text).toContain('Autres ICP\u202f: ');
    expect(text).not.toMatch(/[^\s\u202f][:;!?](\s|$)/u);
    expect(text).not.toMatch(/ [:;!?]/);
  });

  it('inserts page text as text: markup in a company name is never parsed', () => {
    const { container, actions } = setUp();
    const name = 'Acme <img src=x onerror="alert(1)"> Widgets';
    renderBadge(container, tab(makeFacts({ name })), 'expanded', en, actions);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(name);
    expect(container.querySelector('.pill')!.getAttribute('aria-label')).toContain(name);
  });

  it('says why a company is disqualified', () => {
    const { container, actions } = setUp();
    const icp = makeIcp([
      { id: 'size', label: '50-500', field: 'employees', op: 'between', min: 50, max: 500 },
      {
        id: 'rival',
        label: 'Not a competitor',
        field: 'domain',
        op: 'in',
        values: ['acme.example'],
        role: 'exclude',
      },
    ]);
    renderBadge(
      container,
      tab(makeFacts({ name: 'Acme', domain: 'acme.example' }), [icp]),
      'expanded',
      en,
      actions,
    );
    expect(container.textContent).toContain(
      'Excluded by Test ICP: Not a competitor (acme.example)',
    );
    expect(container.querySelector('.t')!.textContent).toBe('✕');
  });

  it('shows ? with the tiers still possible when too little is known, and what would decide it', () => {
    const { container, actions } = setUp();
    const icp = makeIcp([
      {
        id: 'size',
        label: '50-500 staff',
        field: 'employees',
        op: 'between',
        min: 50,
        max: 500,
        weight: 4,
      },
      { id: 'fr', label: 'In France', field: 'country', op: 'in', values: ['FR'], weight: 3 },
      { id: 'year', label: 'Since 2000', field: 'foundedYear', op: 'between', min: 2000 },
    ]);
    const result = tab(makeFacts({ name: 'Acme', foundedYear: 2010 }), [icp]);
    renderBadge(container, result, 'pill', en, actions);
    const pill = container.querySelector('button.pill')!;
    expect(pill.textContent).toBe('?D…A');
    expect(pill.getAttribute('aria-label')).toBe(
      'ICP Lens: Acme, not enough data, tier D to A. Show details',
    );
    renderBadge(container, result, 'expanded', en, actions);
    expect(container.textContent).toContain('Not enough data: tier D … A');
    expect(container.textContent).toContain('Would decide it: 50-500 staff');
    renderBadge(container, result, 'expanded', badgeStrings('fr', 'en-US'), actions);
    expect(container.textContent).toContain('Pas assez de données\u202f: niveau D … A');
    expect(container.textContent).toContain('À vérifier pour fixer le niveau\u202f: 50-500 staff');
    expect(container.textContent).toContain('1 critère vérifié sur 3');
  });

  it('says where a guess came from, in the badge’s language', () => {
    const { container, actions } = setUp();
    const icp = makeIcp([
      { id: 'fr', label: 'In France', field: 'country', op: 'in', values: ['FR'] },
    ]);
    const result = tab(
      {
        name: { value: 'Acme', source: 'jsonld', confidence: 0.9 },
        country: { value: 'FR', source: 'text', confidence: 0.15, evidence: 'page language fr' },
      },
      [icp],
    );
    const row = () => container.querySelector('[data-criterion="fr"] .e')!.textContent;
    renderBadge(container, result, 'expanded', en, actions);
    expect(row()).toBe("likely FR, from the page's language");
    renderBadge(container, result, 'expanded', badgeStrings('fr', 'en-US'), actions);
    expect(row()).toBe('probablement FR, d’après la langue de la page');
  });

  it('leads with a disqualification by any ICP, even when another scores the company', () => {
    const { container, actions } = setUp();
    const competitor = makeIcp(
      [
        { id: 'size', label: '50-500', field: 'employees', op: 'between', min: 50, max: 500 },
        {
          id: 'rival',
          label: 'Not a competitor',
          field: 'domain',
          op: 'in',
          values: ['acme.example'],
          role: 'exclude',
        },
      ],
      { id: 'eu', name: 'EU SaaS' },
    );
    const other = makeIcp(
      [{ id: 'size', label: '50-500', field: 'employees', op: 'between', min: 50, max: 500 }],
      {
        id: 'other',
        name: 'Other',
      },
    );
    const result = tab(
      makeFacts({ name: 'Acme', domain: 'acme.example', employees: { min: 60, max: 60 } }),
      [competitor, other],
    );
    expect(result.results[0]!.icp.id).toBe('other');
    expect(result.tone).toBe('excluded');
    renderBadge(container, result, 'expanded', en, actions);
    expect(container.querySelector('.t')!.textContent).toBe('✕');
    expect(container.querySelector('.pill')!.getAttribute('aria-label')).toBe(
      'Excluded by EU SaaS: Not a competitor (acme.example)',
    );
    expect(container.querySelector('.p .a')!.textContent).toBe(
      'Excluded by EU SaaS: Not a competitor (acme.example)',
    );
  });

  it('collapses to a labelled dot, and speaks French when asked', () => {
    const { container, actions } = setUp();
    const result = tab(makeFacts({ name: 'Nuagique' }));
    renderBadge(container, result, 'dot', badgeStrings('auto', 'fr-FR'), actions);
    const dot = container.querySelector('button.dot')!;
    expect(dot.getAttribute('aria-label')).toBe('Afficher le badge ICP Lens');
    renderBadge(container, result, 'expanded', badgeStrings('fr', 'en-US'), actions);
    expect(container.textContent).toContain('0 critère vérifié sur 5');
    expect(container.textContent).toContain('Ouvrir la vue complète');
  });
});
