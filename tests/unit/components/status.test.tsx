import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { viewStatus } from '../../../components/result/status';
import { StatusNotice } from '../../../components/result/StatusNotice';
import { I18nProvider } from '../../../lib/i18n/react';
import { tabResult } from './fixtures';

const base = {
  url: 'https://www.nuagique-demo.example/pricing',
  paused: false,
  disabledSites: [] as string[],
  result: tabResult(),
};

describe('what the popup says for a tab', () => {
  it('shows the result of the tab’s company', () => {
    expect(viewStatus(base).kind).toBe('ready');
  });

  it('says so when paused, whatever the page', () => {
    expect(viewStatus({ ...base, paused: true }).kind).toBe('paused');
  });

  it('says so when the site is switched off', () => {
    expect(viewStatus({ ...base, disabledSites: ['nuagique-demo.example'] })).toEqual({
      kind: 'site-off',
      site: 'nuagique-demo.example',
    });
  });

  it('says a search engine or a browser page is not a company page', () => {
    expect(viewStatus({ ...base, url: 'https://www.google.com/search?q=x' }).kind).toBe(
      'unsupported',
    );
    expect(viewStatus({ ...base, url: 'chrome://extensions/' }).kind).toBe('unsupported');
  });

  it('never shows another company’s result: the tab moved on, so it waits', () => {
    expect(viewStatus({ ...base, url: 'https://www.other-company.example/' }).kind).toBe('pending');
    expect(viewStatus({ ...base, result: null }).kind).toBe('pending');
  });

  it('is loading until the tab, the settings and the result are known', () => {
    expect(viewStatus({ ...base, url: undefined }).kind).toBe('loading');
    expect(viewStatus({ ...base, paused: undefined }).kind).toBe('loading');
    expect(viewStatus({ ...base, result: undefined }).kind).toBe('loading');
    expect(viewStatus({ ...base, url: null }).kind).toBe('no-tab');
  });

  it('puts each situation in plain words, in English and French', () => {
    const say = (locale: 'en' | 'fr') =>
      renderToStaticMarkup(
        <I18nProvider locale={locale}>
          <StatusNotice status={{ kind: 'site-off', site: 'acme.example' }} />
        </I18nProvider>,
      );
    expect(say('en')).toContain('ICP Lens is off on acme.example.');
    expect(say('fr')).toContain('ICP Lens est désactivé sur acme.example.');
  });
});
