import { domainOf } from '../company/domain';
import { isPlatform } from '../company/platforms';
import { countryFromTld } from '../normalize/country';
import type { Candidate, Extractor } from './types';
import { urlCollector } from './collect/url';

/** The page's own domain (from its URL), unless the page sits on a platform. */
export const urlExtractor: Extractor<null> = {
  ...urlCollector,
  read(_collected, url) {
    if (isPlatform(url)) return [];
    const domain = domainOf(url);
    if (!domain) return [];
    const out: Candidate[] = [
      { field: 'domain', value: domain, source: 'url', confidence: 0.9, evidence: url.host },
    ];
    const country = countryFromTld(domain);
    if (country)
      out.push({
        field: 'country',
        value: country,
        source: 'url',
        confidence: 0.25,
        evidence: `.${domain.split('.').pop()} domain`,
      });
    return out;
  },
};
