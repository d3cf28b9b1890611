import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FactsTable } from '../../../components/result/FactsTable';
import { ResultView } from '../../../components/result/ResultView';
import { factRows } from '../../../components/result/rows';
import { I18nProvider } from '../../../lib/i18n/react';
import type { Locale } from '../../../lib/i18n/locales';
import type { TabResult } from '../../../lib/messaging/protocol';
import { tabResult } from './fixtures';

const noop = async () => {};

function render(node: ReactNode, locale: Locale = 'en'): HTMLElementLike {
  const html = renderToStaticMarkup(<I18nProvider locale={locale}>{node}</I18nProvider>);
  return parse(html);
}

function view(result: TabResult, locale: Locale = 'en') {
  return render(<ResultView result={result} onCorrect={noop} onRevert={noop} />, locale);
}

// A tiny reader over the rendered HTML, enough to query what a user would see.
type HTMLElementLike = { html: string; text: string; has(pattern: RegExp | string): boolean };
function parse(html: string): HTMLElementLike {
  const text = html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  return {
    html,
    text,
    has: (pattern) => (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(html)),
  };
}

describe('the result view (popup and side panel)', () => {
  it('shows the best-fit ICP first with tier, score, name and version, and coverage', () => {
    const result = tabResult();
    const best = result.results[0]!;
    expect(best.icp.id).toBe('saas');
    const page = view(result);
    expect(page.html.indexOf('data-icp="saas"')).toBeLessThan(
      page.html.indexOf('data-icp="small"'),
    );
    expect(page.has('EU SaaS, version 3')).toBe(true);
    expect(page.has(`${best.checked} of ${best.total} criteria checked`)).toBe(true);
    expect(page.has(new RegExp(`data-tier="${best.tier}" data-score="${best.score}"`))).toBe(true);
  });

  it('explains every criterion: ✓ matched, ✗ missed, ? unknown, with the evidence and its source', () => {
    const page = view(tabResult());
    expect(page.has(/data-criterion="industry" data-outcome="match"/)).toBe(true);
    expect(page.has(/data-criterion="size" data-outcome="miss"/)).toBe(true);
    expect(page.has(/data-criterion="country" data-outcome="unknown"/)).toBe(true);
    expect(page.has('Matched: Software')).toBe(true);
    expect(page.has('11-50 (source: LinkedIn page)')).toBe(true);
    expect(page.has('“11-50 employees”') || page.has('11-50 employees')).toBe(true);
    expect(page.has('Not found on the page')).toBe(true);
  });

  it('says why the company sits in the lowest tier when a must-have is missed', () => {
    expect(view(tabResult()).has('Must-have missed, so lowest tier: 50-500 employees')).toBe(true);
  });

  it('shows a score range when facts are unknown', () => {
    const result = tabResult({ employees: { min: 120, max: 120 } });
    const best = result.results[0]!;
    expect(best.potential).toBeGreaterThan(best.score);
    const page = view(result);
    expect(page.has(`${best.score} … ${best.potential}`)).toBe(true);
    expect(page.has(`up to ${best.potential} if the unknown criteria match`)).toBe(true);
  });

  it('collapses the other ICPs behind a summary with their tier and score', () => {
    const page = view(tabResult());
    expect(
      page.has(/<details data-icp="small"><summary>Small shops: tier D, score 0<\/summary>/),
    ).toBe(true);
    expect(page.has(/<details[^>]* open/)).toBe(false);
    // Coloured by its own ICP's tiers: D is that ICP's lowest.
    expect(page.has(/data-icp="small"[^]*?class="tier-pill tone-low"/)).toBe(true);
  });

  it('says why a disqualified company is out', () => {
    const facts = {
      ...tabResult().extracted.facts,
      domain: { value: 'rival.example', source: 'url' as const, confidence: 1 },
    };
    const page = view(tabResult(undefined, facts));
    expect(page.has('Disqualified: Not a competitor')).toBe(true);
  });

  it('marks corrected facts "edited by you" in the breakdown and the table, with the page value beside it', () => {
    const page = view(tabResult({ employees: { min: 120, max: 120 } }));
    expect(page.has(/data-criterion="size" data-outcome="match"/)).toBe(true);
    expect(page.has(/data-criterion="size"[^]*?120<span class="edited-tag">edited by you/)).toBe(
      true,
    );
    expect(page.has('edited by you')).toBe(true);
    expect(page.has('page: 11-50')).toBe(true);
    expect(page.has(/aria-label="Revert Employees to the page’s value \(11-50\)"/)).toBe(true);
  });

  it('speaks French when the UI is in French', () => {
    const result = tabResult();
    const best = result.results[0]!;
    const page = view(result, 'fr');
    expect(page.has(`${best.checked} critères vérifiés sur ${best.total}`)).toBe(true);
    expect(page.has('Informations sur l’entreprise')).toBe(true);
    expect(page.has('11-50 (source : page LinkedIn)')).toBe(true);
  });

  it('tells the user when nothing was found on the page', () => {
    expect(view(tabResult(undefined, {})).has('No company details were found')).toBe(true);
    const addressOnly = {
      domain: { value: 'nuagique-demo.example', source: 'url' as const, confidence: 0.95 },
    };
    expect(view(tabResult(undefined, addressOnly)).has('No company details were found')).toBe(true);
    expect(view(tabResult()).has('No company details were found')).toBe(false);
  });
});

describe('the facts table', () => {
  it('lists found facts with source and confidence, and the facts the ICP needs that are missing', () => {
    const page = render(
      <FactsTable
        rows={factRows(tabResult())}
        editing={null}
        onEdit={() => {}}
        onSave={noop}
        onRevert={noop}
      />,
    );
    expect(page.has(/<th scope="col">Fact<\/th>/)).toBe(true);
    expect(page.has(/<tr data-field="employees"><th scope="row">Employees<\/th>/)).toBe(true);
    expect(page.has('LinkedIn page')).toBe(true);
    expect(page.has('90%')).toBe(true);
    // Country is not on the page but an ICP looks at it: the user can fill it in.
    expect(
      page.has(
        /<tr data-field="country"><th scope="row">Country<\/th><td class="fact-value"><span class="missing">not found/,
      ),
    ).toBe(true);
    // Revenue is neither found nor wanted by any ICP.
    expect(page.has('data-field="revenue"')).toBe(false);
    expect(page.has(/aria-label="Edit Employees"/)).toBe(true);
  });

  it('opens an editor pre-filled with the current value, labelled and with a hint', () => {
    const page = render(
      <FactsTable
        rows={factRows(tabResult())}
        editing="employees"
        onEdit={() => {}}
        onSave={noop}
        onRevert={noop}
      />,
    );
    expect(page.has(/<label for="[^"]+">New value for Employees<\/label>/)).toBe(true);
    expect(page.has(/name="employees" value="11-50"/)).toBe(true);
    expect(page.has('e.g. 120, 50-200 or 10,001+')).toBe(true);
  });

  it('shows a country by its name in the UI language', () => {
    const result = tabResult({ country: 'DE' });
    expect(
      render(
        <FactsTable
          rows={factRows(result)}
          editing={null}
          onEdit={() => {}}
          onSave={noop}
          onRevert={noop}
        />,
        'fr',
      ).has('Allemagne'),
    ).toBe(true);
  });
});
