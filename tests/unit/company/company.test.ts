import { describe, expect, it } from 'vitest';
import { domainOf } from '../../../lib/company/domain';
import { bareDomain, hostOf, webUrl } from '../../../lib/company/host';
import {
  companyKey,
  companyLinkedinSlug,
  domainOfKey,
  linkedinSlugOfKey,
  pageIdentity,
} from '../../../lib/company/key';
import { linkedInCompanySlug } from '../../../lib/company/linkedin';
import { isPlatform, PLATFORM_HOSTS } from '../../../lib/company/platforms';
import table from '../../../lib/company/platforms.json';
import { makeFacts } from '../helpers';

describe('the host of an address', () => {
  it.each([
    ['https://WWW.Nuagique.fr:8443/contact', 'nuagique.fr'],
    ['http://ironbridge-castings.com./about', 'ironbridge-castings.com'],
    ['www.Acme.fr/contact', 'acme.fr'],
    ['acme.fr', 'acme.fr'],
    ['  https://shop.acme.co.uk  ', 'shop.acme.co.uk'],
  ])('%s → %s', (value, host) => {
    expect(hostOf(value)).toBe(host);
    expect(hostOf(new URL(webUrl(value)!.href))).toBe(host);
  });

  it.each([
    'mailto:x@acme.fr',
    'javascript:alert(1)',
    'chrome-extension://abc/popup.html',
    'file:///home/me/page.html',
    'not a host',
    '',
    undefined,
  ])('names no host for %s', (value) => {
    expect(hostOf(value)).toBeUndefined();
  });

  it('reduces a domain as people type it, and never fails', () => {
    expect(bareDomain('https://www.Acme.fr/contact')).toBe('acme.fr');
    expect(bareDomain('acme.fr.')).toBe('acme.fr');
    expect(bareDomain('acme.fr:8080')).toBe('acme.fr');
  });

  it('finds the registrable domain of a host or URL', () => {
    expect(domainOf('https://about.gitlab.example.com/')).toBe('example.com');
    expect(domainOf('acme.fr, Paris')).toBe('acme.fr');
    expect(domainOf('//cdn.acme.fr/app.js')).toBe('acme.fr');
    expect(domainOf('mailto:x@acme.fr')).toBeUndefined();
  });
});

describe('the LinkedIn slug: one set of rules for pages, facts and keys', () => {
  it.each([
    'https://www.linkedin.com/company/Nuagique/',
    'https://fr.linkedin.com/company/nuagique/about/?lang=fr',
    'https://uk.linkedin.com/company/nuagique?trk=x',
    'linkedin.com/company/nuagique',
    'www.linkedin.com/company/nuagique/people/',
    'https://www.linkedin.com/COMPANY/nuagique/',
  ])('%s → nuagique', (url) => {
    expect(linkedInCompanySlug(url)).toBe('nuagique');
  });

  it.each([
    'https://www.linkedin.com/in/someone/',
    'https://www.linkedin.com/company/',
    'https://linkedin.com.evil.example/company/nuagique/',
    'https://notlinkedin.com/company/nuagique/',
    'https://www.example.com/?next=linkedin.com/company/nuagique',
    'mailto:someone@linkedin.com',
  ])('names no company: %s', (url) => {
    expect(linkedInCompanySlug(url)).toBeUndefined();
  });

  it('decodes the slug, and keeps it when it does not decode', () => {
    expect(linkedInCompanySlug('https://www.linkedin.com/company/soci%C3%A9t%C3%A9-x/')).toBe(
      'société-x',
    );
    expect(linkedInCompanySlug('https://www.linkedin.com/company/100%25bio%/')).toBe('100%25bio%');
  });

  it('takes the slug from the LinkedIn URL fact before the page address', () => {
    const facts = makeFacts({ linkedinUrl: 'https://www.linkedin.com/company/nuagique/' });
    expect(companyLinkedinSlug(facts, 'https://www.linkedin.com/company/other/')).toBe('nuagique');
    expect(companyLinkedinSlug({}, 'https://www.linkedin.com/company/other/')).toBe('other');
  });
});

describe('the company key and the page identity', () => {
  it('keys a company by its site, whichever page it was seen on', () => {
    const site = makeFacts({ domain: 'www.Nuagique.fr' });
    expect(companyKey({ facts: site })).toBe('nuagique.fr');
    const linkedin = makeFacts({
      website: 'https://nuagique.fr/',
      linkedinUrl: 'https://www.linkedin.com/company/nuagique/',
    });
    expect(companyKey({ url: 'https://www.linkedin.com/company/nuagique/', facts: linkedin })).toBe(
      'nuagique.fr',
    );
  });

  it('keys a company by its LinkedIn slug when no site is known, never by LinkedIn itself', () => {
    expect(companyKey({ url: 'https://www.linkedin.com/company/nuagique/', facts: {} })).toBe(
      'linkedin:nuagique',
    );
    expect(
      companyKey({ facts: makeFacts({ website: 'https://www.linkedin.com/company/nuagique/' }) }),
    ).toBe('');
    expect(companyKey({ url: 'https://www.linkedin.com/feed/', facts: {} })).toBe('');
  });

  it('gives the domain of a key, or of the facts of a LinkedIn-only company', () => {
    expect(domainOfKey('nuagique.fr', {})).toBe('nuagique.fr');
    expect(domainOfKey('linkedin:nuagique', makeFacts({ website: 'https://nuagique.fr' }))).toBe(
      'nuagique.fr',
    );
    expect(domainOfKey('linkedin:nuagique', {})).toBe('');
    expect(linkedinSlugOfKey('linkedin:nuagique')).toBe('nuagique');
    expect(linkedinSlugOfKey('nuagique.fr')).toBeUndefined();
  });

  it('identifies a page as its site, or its company on LinkedIn', () => {
    expect(pageIdentity('https://www.linkedin.com/company/nuagique/about/')).toBe(
      'linkedin:nuagique',
    );
    expect(pageIdentity('https://www.nuagique.fr/contact')).toBe('nuagique.fr');
    expect(pageIdentity('https://www.linkedin.com/feed/')).toBe('linkedin.com');
  });
});

describe('platform and directory hosts (platforms.json)', () => {
  it('lists registrable domains by kind, lower case, each once', () => {
    const hosts = Object.values(table).flat();
    expect(hosts.length).toBeGreaterThan(20);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const [kind, list] of Object.entries(table)) {
      expect(kind, kind).toMatch(/^[a-z ]+$/);
      expect(list.length, kind).toBeGreaterThan(0);
    }
    for (const host of hosts) {
      expect(host, host).toMatch(/^[a-z0-9-]+\.[a-z]{2,}$/);
      expect(domainOf(host), host).toBe(host);
    }
    expect(PLATFORM_HOSTS).toEqual(hosts);
  });

  it('covers each platform and its subdomains, and nothing that only looks like one', () => {
    expect(isPlatform('https://fr.linkedin.com/company/nuagique')).toBe(true);
    expect(isPlatform('https://en.wikipedia.org/wiki/Nuagique')).toBe(true);
    expect(isPlatform('https://www.societe.com/societe/nuagique-912345675.html')).toBe(true);
    expect(isPlatform('github.com')).toBe(true);
    expect(isPlatform(new URL('https://maps.google.com./x'))).toBe(true);
    expect(isPlatform('https://notlinkedin.com/')).toBe(false);
    expect(isPlatform('https://linkedin.com.evil.example/')).toBe(false);
    expect(isPlatform('https://www.nuagique.fr/')).toBe(false);
    expect(isPlatform(undefined)).toBe(false);
  });
});
