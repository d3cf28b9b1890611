import { describe, expect, it } from 'vitest';
import { isSearchEngine, isWebmail, pageKind } from '../../../lib/pages/detect';
import { hasCompanySignal, readyAfterNavigation } from '../../../lib/pages/company-signal';
import { makeFacts } from '../helpers';

describe('pageKind', () => {
  it.each([
    ['https://www.nuagique.fr/', 'company-site'],
    ['http://ironbridge-castings.com/about', 'company-site'],
    ['https://developers.google.com/', 'company-site'],
    ['https://www.linkedin.com/company/nuagique/', 'linkedin-company'],
    ['https://fr.linkedin.com/company/nuagique/about/?lang=fr', 'linkedin-company'],
    ['https://www.linkedin.com/feed/', 'none'],
    ['https://www.linkedin.com/in/someone/', 'none'],
    ['https://www.linkedin.com/company/', 'none'],
    ['https://www.google.com/search?q=nuagique', 'none'],
    ['https://www.google.co.uk/search?q=acme', 'none'],
    ['https://duckduckgo.com/?q=acme', 'none'],
    ['https://www.bing.com/search?q=x', 'none'],
    ['https://mail.google.com/mail/u/0/#inbox', 'none'],
    ['https://outlook.office.com/mail/', 'none'],
    ['chrome-extension://abcdef/popup.html', 'none'],
    ['moz-extension://abcdef/popup.html', 'none'],
    ['file:///home/me/page.html', 'none'],
    ['about:blank', 'none'],
    ['not a url', 'none'],
  ])('%s → %s', (url, kind) => {
    expect(pageKind(url)).toBe(kind);
  });

  it('does not mistake look-alike hosts for LinkedIn, Google or webmail', () => {
    expect(pageKind('https://linkedin.com.evil.example/company/x/')).toBe('company-site');
    expect(isSearchEngine('https://google.example.com/search')).toBe(false);
    expect(isWebmail('https://mail.google.com.example.org/')).toBe(false);
  });
});

describe('company signal', () => {
  it('needs a fact that says who the company is', () => {
    expect(hasCompanySignal(makeFacts({ domain: 'blog.example', technologies: [] }))).toBe(false);
    expect(hasCompanySignal(makeFacts({ name: 'Nuagique' }))).toBe(true);
    expect(hasCompanySignal(makeFacts({ siren: '912345675' }))).toBe(true);
  });

  it('after an in-app navigation, waits for a page that names a company not seen elsewhere', () => {
    const seen = new Map([
      ['Nuagique', 'linkedin:nuagique'],
      ['Ironbridge', 'linkedin:ironbridge'],
    ]);
    const ironbridge = 'linkedin:ironbridge';
    // Still the previous company's page under the new address: not ready.
    expect(readyAfterNavigation(makeFacts({ name: 'Nuagique' }), ironbridge, seen)).toBe(false);
    // Only address-derived facts: not ready either.
    expect(readyAfterNavigation(makeFacts({ linkedinUrl: 'x' }), ironbridge, seen)).toBe(false);
    expect(readyAfterNavigation(makeFacts({ name: 'Ironbridge' }), ironbridge, seen)).toBe(true);
    expect(readyAfterNavigation(makeFacts({ name: 'Acme' }), 'linkedin:acme', seen)).toBe(true);
  });
});
