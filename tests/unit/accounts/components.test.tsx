import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AccountDetail } from '../../../components/accounts/AccountDetail';
import { MovementBanner } from '../../../components/accounts/MovementBanner';
import { applyScoredPage } from '../../../lib/accounts/merge';
import { countMove, emptySummary } from '../../../lib/accounts/movement';
import type { AccountRun } from '../../../lib/accounts/types';
import { IcpLensDatabase } from '../../../lib/db/database';
import { I18nProvider } from '../../../lib/i18n/react';
import { NUAGIQUE_LINKEDIN, NUAGIQUE_SITE, sizeIcp } from './fixtures';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

function run(state: AccountRun['state']): AccountRun {
  let summary = emptySummary();
  for (let i = 0; i < 14; i++) summary = countMove(summary, { direction: 'up', tier: 'A' });
  for (let i = 0; i < 3; i++) summary = countMove(summary, { direction: 'down', tier: 'D' });
  return { id: 7, signature: 'x@2', startedAt: 1, state, total: 40, summary };
}

describe('the movement banner', () => {
  it('shows progress while rescoring, then the summary with a way to see the moved accounts', () => {
    const running = text(
      renderToStaticMarkup(<MovementBanner run={run('running')} onShowMoved={() => {}} />),
    );
    expect(running).toContain('rescoring accounts… 17 of 40');
    const done = text(
      renderToStaticMarkup(<MovementBanner run={run('done')} onShowMoved={() => {}} />),
    );
    expect(done).toContain('14 accounts moved up to A, 3 dropped to D');
    expect(done).toContain('Show moved accounts');
    expect(renderToStaticMarkup(<MovementBanner run={undefined} onShowMoved={() => {}} />)).toBe(
      '',
    );
  });
});

describe('an account in full', () => {
  it('shows status, note, scores with criteria, facts with their source and page, and pages', () => {
    const site = applyScoredPage(undefined, 'nuagique.fr', NUAGIQUE_SITE(), {}, 1000, [sizeIcp()]);
    const account = {
      ...applyScoredPage(site, 'nuagique.fr', NUAGIQUE_LINKEDIN(), { city: 'Lyon' }, 2000, [
        sizeIcp(),
      ]),
      note: 'Met at a fair',
      status: 'saved' as const,
    };
    const html = renderToStaticMarkup(
      <AccountDetail db={new IcpLensDatabase('unused')} account={account} onClose={() => {}} />,
    );
    const shown = text(html);
    expect(html).toContain('<option value="saved" selected="">Saved</option>');
    expect(html).toContain('Met at a fair');
    expect(shown).toContain('Size ICP v1: tier A, score 100 (100% known)');
    expect(shown).toMatch(
      /Employees 51-200 LinkedIn page · https:\/\/www\.linkedin\.com\/company\/nuagique\//,
    );
    expect(shown).toContain('City Lyon edited by you');
    expect(shown).toContain('https://www.nuagique.fr/');
  });

  it('reads in French under a French interface, dates and percentages included', () => {
    const account = applyScoredPage(undefined, 'nuagique.fr', NUAGIQUE_SITE(), {}, 1000, [
      sizeIcp(),
    ]);
    const shown = text(
      renderToStaticMarkup(
        <I18nProvider locale="fr">
          <AccountDetail db={new IcpLensDatabase('unused')} account={account} onClose={() => {}} />
        </I18nProvider>,
      ),
    );
    expect(shown).toContain('vu pour la première fois le 1 janv. 1970');
    // (text() folds every space, the narrow no-break ones included, into one)
    expect(shown).toContain('Size ICP v1 : niveau B, score 60 (60 % connu)');
    expect(shown).toContain('Pays France données JSON-LD');
    expect(shown).toContain('Supprimer ce compte');
    expect(shown).not.toMatch(/\b(Facts|Seen on|Delete|tier|Unknown)\b/);
  });
});

describe('the movement banner in French', () => {
  it('says what moved with French plurals', () => {
    const done = text(
      renderToStaticMarkup(
        <I18nProvider locale="fr">
          <MovementBanner run={run('done')} onShowMoved={() => {}} />
        </I18nProvider>,
      ),
    );
    expect(done).toContain('14 comptes sont montés en A, 3 sont descendus en D');
    expect(done).toContain('Voir les comptes déplacés');
  });
});
