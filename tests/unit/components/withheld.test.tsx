import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { WithheldNotice } from '../../../components/icp/WithheldNotice';
import { I18nProvider } from '../../../lib/i18n/react';
import type { Locale } from '../../../lib/i18n/locales';
import type { WithheldIcp } from '../../../lib/sync/active-set';
import { icpSchema } from '../../../lib/icp/schema';
import { icpDocument } from '../sync/documents';

const team: WithheldIcp = {
  icp: icpSchema.parse(icpDocument(3)),
  source: 'https://icp.fjordwave.example/core.json',
  synced: true,
  reason: 'unsigned',
};
const draft: WithheldIcp = {
  icp: icpSchema.parse(icpDocument(1, { id: 'scratch', name: 'Scratch' })),
  source: 'editor',
  synced: false,
  reason: 'unsigned',
};

function text(locale: Locale, props: Partial<Parameters<typeof WithheldNotice>[0]> = {}) {
  const html = renderToStaticMarkup(
    <I18nProvider locale={locale}>
      <WithheldNotice
        withheld={[team, draft]}
        nothingScores={false}
        byPolicy
        onVersions={() => undefined}
        {...props}
      />
    </I18nProvider>,
  );
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

describe('the notice of ICPs withheld for want of a signature', () => {
  it('says which ICPs stopped scoring and why, and that the examples do not score either', () => {
    const english = text('en', { nothingScores: true });
    expect(english).toContain('Your administrator requires signed ICPs');
    expect(english).toContain(
      '“Fjordwave core market” version 3 from https://icp.fjordwave.example/core.json does not score: it was stored without a signature',
    );
    expect(english).toContain(
      '“Scratch” version 1, made or imported on this device, does not score',
    );
    expect(english).toContain('The bundled examples are not signed either');
    const foreign = text('en', {
      withheld: [{ ...team, reason: 'not-verified' }],
      byPolicy: false,
    });
    expect(foreign).toContain('A public key is set (Signed sources, below)');
    expect(foreign).toContain('its signature is not by the configured key');
    expect(foreign).not.toContain('bundled examples');
  });

  it('in French', () => {
    const french = text('fr', { nothingScores: true });
    expect(french).toContain('Votre administrateur exige des ICP signés');
    expect(french).toContain(
      '« Fjordwave core market » version 3 de https://icp.fjordwave.example/core.json ne sert plus à l’évaluation',
    );
    expect(french).toContain('Les exemples fournis ne sont pas signés non plus');
  });
});
