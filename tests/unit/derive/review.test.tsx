import { renderToStaticMarkup } from 'react-dom/server';
import { I18nProvider } from '../../../lib/i18n/react';
import { createI18n } from '../../../lib/i18n/translate';
import { describe, expect, it } from 'vitest';
import { BacktestPanel } from '../../../components/derive/BacktestPanel';
import { SuggestionsTable } from '../../../components/derive/SuggestionsTable';
import { backtest } from '../../../lib/derive/backtest';
import {
  addValue,
  icpFromReview,
  refitTiers,
  reviewFromSuggestion,
  updateRow,
} from '../../../lib/derive/review';
import { suggestIcp } from '../../../lib/derive/suggest';
import { importSynthetic, syntheticAccounts } from './synthetic';

const accounts = importSynthetic(
  syntheticAccounts({ rows: 4000, seed: 9, neverWins: true, model: 'additive' }).csv,
);
const suggestion = suggestIcp(accounts, { minSupport: 30, sourceName: 'deals.csv' });

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');

describe('reviewing a suggestion', () => {
  it('starts with every suggested criterion accepted and gives back the same ICP', () => {
    const review = reviewFromSuggestion(suggestion)!;
    expect(review.rows.every((row) => row.accepted)).toBe(true);
    const icp = icpFromReview(review);
    expect(icp.ok && icp.icp.criteria).toEqual(suggestion.icp!.criteria);
  });

  it('leaves dropped criteria out, and a weight change moves the backtest', () => {
    const review = reviewFromSuggestion(suggestion)!;
    const industry = review.rows.findIndex((row) => row.criterion.id === 'industry');
    const dropped = icpFromReview(updateRow(review, industry, { accepted: false }));
    if (!dropped.ok) throw new Error('invalid');
    expect(dropped.icp.criteria.map((criterion) => criterion.id)).not.toContain('industry');

    const before = icpFromReview(review);
    const heavier = icpFromReview(updateRow(review, industry, { criterion: { weight: 40 } }));
    if (!before.ok || !heavier.ok) throw new Error('invalid');
    expect(heavier.icp.criteria.find((c) => c.id === 'industry')?.weight).toBe(40);
    expect(backtest(accounts, heavier.icp).tiers).not.toEqual(backtest(accounts, before.icp).tiers);
  });

  it('reports an edit that breaks the ICP instead of saving it', () => {
    const review = reviewFromSuggestion(suggestion)!;
    const broken = icpFromReview(updateRow(review, 0, { criterion: { values: [] } }));
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems[0]?.path).toBe('criteria[0].values');
  });

  it('adds a value from the statistics table to the field criterion, or as a new one', () => {
    const review = reviewFromSuggestion(suggestion)!;
    const spain = suggestion.stats.fields.country.values.find((value) => value.value === 'ES')!;
    const withSpain = addValue(review, spain);
    const country = withSpain.rows.find((row) => row.criterion.field === 'country');
    expect(country?.criterion.values).toContain('ES');
    const shopify = suggestion.stats.fields.technologies.values.find((v) => v.value === 'Shopify')!;
    const withTech = addValue(review, shopify);
    const tech = withTech.rows.at(-1)!;
    expect(tech.criterion).toMatchObject({ id: 'technologies', op: 'any', values: ['Shopify'] });
    expect(icpFromReview(withTech).ok).toBe(true);
  });

  it('refits tiers so win rate falls again after edits', () => {
    const review = reviewFromSuggestion(suggestion)!;
    const edited = icpFromReview(updateRow(review, 0, { criterion: { weight: 10 } }));
    if (!edited.ok) throw new Error('invalid');
    const tiers = refitTiers(accounts, edited.icp, suggestion.stats);
    const rates = backtest(accounts, { ...edited.icp, tiers })
      .tiers.filter((row) => row.label !== 'excluded' && row.label !== '?')
      .map((row) => row.winRate ?? 0);
    for (let index = 1; index < rates.length; index++)
      expect(rates[index]).toBeLessThan(rates[index - 1]!);
  });
});

describe('derive components', () => {
  it('show each suggested criterion with its numbers', () => {
    const review = reviewFromSuggestion(suggestion)!;
    const html = renderToStaticMarkup(<SuggestionsTable review={review} onRow={() => {}} />);
    const industry = suggestion.evidence.industry!;
    expect(text(html)).toContain(industry.combined.accounts.toLocaleString('en'));
    expect(text(html)).toMatch(/Closed deals Win rate Lift 95% CI/);
    expect(text(html)).toMatch(/\d+\.\d% vs \d+\.\d%/);
    expect(html).toContain('value="Industry: Software Development"');
  });

  it('label a French draft in French (name, description, criteria, added values)', () => {
    const fr = createI18n('fr');
    const french = suggestIcp(accounts, { minSupport: 30, sourceName: 'deals.csv', i18n: fr });
    expect(french.icp?.name).toBe('Déduit de deals.csv');
    expect(french.icp?.description).toMatch(/^Suggéré à partir de .* affaires clôturées/);
    const labels = french.icp!.criteria.map((criterion) => criterion.label);
    expect(labels).toContain('Secteur\u202f: Software Development');
    expect(labels.some((label) => /^\d+-\d+ salariés$/.test(label))).toBe(true);
    expect(labels.join(' ')).not.toMatch(/Industry|Country|employees|Uses|Not /);
    const shopify = suggestion.stats.fields.technologies.values.find((v) => v.value === 'Shopify')!;
    const review = addValue(reviewFromSuggestion(french)!, shopify, fr);
    expect(review.rows.at(-1)!.criterion.label).toBe('Utilise Shopify');
  });

  it('read in French under a French interface: words, decimal commas, spaced percentages', () => {
    const review = reviewFromSuggestion(suggestion)!;
    const html = renderToStaticMarkup(
      <I18nProvider locale="fr">
        <SuggestionsTable review={review} onRow={() => {}} />
      </I18nProvider>,
    );
    expect(text(html)).toMatch(/Affaires clôturées Taux de réussite Multiplicateur IC à 95 %/);
    expect(text(html)).toMatch(/\d+,\d % contre \d+,\d %/);
    expect(text(html)).toMatch(
      /taux de réussite \d+,\d % contre \d+,\d % : multiplicateur \d,\d\d/,
    );
    expect(text(html)).not.toMatch(/\b(Closed deals|Win rate|against|weight)\b/);
  });

  it('show backtests side by side with a chart per ICP', () => {
    const icp = suggestion.icp!;
    const html = renderToStaticMarkup(
      <BacktestPanel
        columns={[
          { key: 'a', title: 'Draft', origin: 'draft', result: backtest(accounts, icp) },
          { key: 'b', title: 'Current', origin: 'local', result: backtest(accounts, icp) },
        ]}
      />,
    );
    expect(html.match(/<svg/g)).toHaveLength(2);
    expect(html).toMatch(/aria-label="Draft: win rate per score band\. 0-10: /);
    expect(text(html)).toMatch(/AUC 0\.\d{3}/);
  });
});
