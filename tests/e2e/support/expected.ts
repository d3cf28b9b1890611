import { scorePage } from '../../../lib/background/score-page';
import { extractFromHtml } from '../../../lib/extract/html';
import { bundledIcps } from '../../../lib/icp/bundled';
import type { TabResult } from '../../../lib/messaging/protocol';
import { pageKind } from '../../../lib/pages/detect';
import { siteHtml, type FixtureSite } from '../../fixtures/sites/index';

/**
 * What the extension should show for a fixture page, computed in Node by the same library code
 * (extraction on linkedom, normalisation, scoring against the bundled ICPs). The e2e tests check
 * that the browser round trip shows exactly this, on top of fixed expectations per fixture.
 */
export function expectedResult(site: FixtureSite): TabResult {
  return expectedFromHtml(siteHtml(site), site.url);
}

/** The same for HTML as rendered in the browser (`await page.content()`), e.g. a single-page app. */
export function expectedFromHtml(html: string, url: string): TabResult {
  const { company } = extractFromHtml(html, url);
  const kind = pageKind(url) === 'linkedin-company' ? 'linkedin-company' : 'company-site';
  return scorePage({ tabId: 0, report: { pageUrl: url, kind, company }, icps: bundledIcps() });
}
