import type { Extractor } from '../types';
import { microdataCollector, type MicrodataItem } from './collect';
import { domainOf, nameFitsDomain } from '../../company/domain';
import { isPlatform } from '../../company/platforms';
import {
  isOrganization,
  organizationCandidates,
  prop,
  textValue,
  type SchemaNode,
} from './organization';

/** Microdata: the page's Organization / LocalBusiness scope, with its PostalAddress. */
export const microdataExtractor: Extractor<MicrodataItem[]> = {
  ...microdataCollector,
  read(items, url) {
    const pageDomain = domainOf(url);
    const platform = isPlatform(url);
    let best: { node: SchemaNode; confidence: number } | undefined;
    for (const item of items) {
      if (!isOrganization({ '@type': item.type })) continue;
      // An organisation nested in another item (a product's brand, an article's publisher) is
      // someone else unless nothing better turns up.
      const nested = item.nested;
      const node = item.node as SchemaNode;
      const name = textValue(prop(node, 'name')) ?? '';
      const link = textValue(prop(node, 'url'));
      const owns =
        (link && !isPlatform(link) && domainOf(link) === pageDomain) ||
        (!platform && nameFitsDomain(name, pageDomain));
      const confidence = owns ? 0.8 : nested ? 0.4 : 0.65;
      if (!best || confidence > best.confidence) best = { node, confidence };
    }
    return best
      ? organizationCandidates({
          node: best.node,
          confidence: best.confidence,
          source: 'microdata',
        })
      : [];
  },
};
