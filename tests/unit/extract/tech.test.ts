import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { techExtractor } from '../../../lib/extract/tech';
import { detectTechnologies, FINGERPRINTS } from '../../../lib/extract/tech/detect';
import { collectSignals } from '../../../lib/extract/tech/signals';
import { runExtractor } from '../../../lib/extract/core';

function page(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function fixture(name: string): Document {
  return page(readFileSync(new URL(`../../fixtures/tech/${name}`, import.meta.url), 'utf8'));
}

function technologies(document: Document, url = 'https://www.example.com/') {
  const [candidate, ...rest] = runExtractor(techExtractor, document, new URL(url));
  expect(rest).toHaveLength(0);
  return candidate;
}

/** One minimal page per table entry: proves each fingerprint matches what real pages carry. */
const SAMPLES: Record<string, string> = {
  Heap: '<script>window.heap=window.heap||[];heap.load("123");</script>',
  Amplitude:
    '<script src="https://cdn.amplitude.com/libs/analytics-browser-2.0.0-min.js.gz"></script>',
  'Google Ads':
    '<script async src="https://www.googleadservices.com/pagead/conversion.js"></script>',
  Leadfeeder:
    "<script>(function(ss,ex){ window.ldfdr=window.ldfdr||function(){}; })('abc');</script>",
  '6sense': '<script src="https://j.6sc.co/6si.min.js"></script>',
  Demandbase: '<script src="https://tag.demandbase.com/abc.min.js"></script>',
  Clearbit: '<script src="https://tag.clearbitscripts.com/v1/pk_abc/tags.js"></script>',
  Klaviyo: '<script src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=X"></script>',
  Pipedrive:
    '<script>window.pipedriveLeadboosterConfig = {base: "leadbooster-chat.pipedrive.com"};</script>',
  Zoho: '<script>var $zoho=$zoho || {};$zoho.salesiq = $zoho.salesiq || {widgetcode:"x"};</script>',
  Qualified: '<script src="https://js.qualified.com/qualified.js?token=abc"></script>',
  'Adobe Experience Manager':
    '<link rel="stylesheet" href="/etc.clientlibs/site/clientlibs/clientlib-base.min.css">',
  Sitecore: '<img src="/-/media/project/site/hero.jpg" alt="">',
  Framer: '<meta name="generator" content="Framer 2f4c5e1">',
  BigCommerce: '<script src="https://cdn11.bigcommerce.com/s-abc/stencil/theme.js"></script>',
  SvelteKit: '<body data-sveltekit-preload-data="hover"><div></div></body>',
  Astro: '<meta name="generator" content="Astro v4.5.2">',
  'Google Analytics': '<script src="https://www.google-analytics.com/analytics.js"></script>',
  'Google Tag Manager':
    "<script>(function(w,d,s,l,i){j.src='https://www.googletagmanager.com/gtm.js?id='+i;})(window,document,'script','dataLayer','GTM-AB12CD3');</script>",
  'Adobe Analytics': '<script src="/js/AppMeasurement.js"></script>',
  'Adobe Experience Platform Launch':
    '<script src="https://assets.adobedtm.com/launch-EN000.min.js"></script>',
  Matomo:
    '<script>var _paq = window._paq = window._paq || []; _paq.push(["trackPageView"]);</script>',
  Plausible:
    '<script defer data-domain="x.example" src="https://plausible.io/js/script.js"></script>',
  Hotjar: '<script>h._hjSettings={hjid:1,hjsv:6};</script>',
  Segment: '<script src="https://cdn.segment.com/analytics.js/v1/KEY/analytics.min.js"></script>',
  Mixpanel: '<script>mixpanel.init("token");</script>',
  'Microsoft Clarity':
    '<script>(function(c,l,a,r,i,t,y){t.src="https://www.clarity.ms/tag/"+i;})(window, document, "clarity", "script", "abc");</script>',
  'LinkedIn Insight Tag': '<script>_linkedin_partner_id = "123";</script>',
  'Meta Pixel': '<script src="https://connect.facebook.net/en_US/fbevents.js"></script>',
  HubSpot: '<script src="//js.hs-scripts.com/123.js"></script>',
  Marketo: '<script src="//munchkin.marketo.net/munchkin.js"></script>',
  Pardot: "<script>piAId = '1001'; piCId = '2002';</script>",
  Eloqua: '<script src="https://img.en25.com/i/elqCfg.min.js"></script>',
  Plezi: '<script src="https://app.plezi.co/scripts/ossleads_analytics.js?tenant=x"></script>',
  ActiveCampaign:
    '<script src="https://prism.app-us1.com/?a=1" ></script><script src="https://trackcmp.net/visit?actid=1"></script>',
  Mailchimp:
    '<form action="https://x.us17.list-manage.com/subscribe/post?u=1" method="post"></form>',
  Brevo: '<script src="https://sibautomation.com/sa.js?key=abc"></script>',
  Salesforce:
    '<form action="https://webto.salesforce.com/servlet/servlet.WebToLead?encoding=UTF-8" method="POST"></form>',
  Intercom: '<script>window.intercomSettings = { app_id: "abc" };</script>',
  Drift: '<script src="https://js.driftt.com/include/1/abc.js"></script>',
  Zendesk:
    '<script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=abc"></script>',
  Crisp: '<script>window.$crisp=[];window.CRISP_WEBSITE_ID="abc";</script>',
  Freshchat: '<script src="https://wchat.freshchat.com/js/widget.js"></script>',
  LiveChat: '<script>window.__lc = window.__lc || {}; window.__lc.license = 1;</script>',
  'Tawk.to': '<script>var Tawk_API=Tawk_API||{};</script>',
  WordPress: '<meta name="generator" content="WordPress 6.8.3">',
  Drupal: '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">',
  Joomla: '<meta name="generator" content="Joomla! - Open Source Content Management">',
  TYPO3: '<meta name="generator" content="TYPO3 CMS">',
  Ghost: '<meta name="generator" content="Ghost 5.80">',
  Contentful: '<img src="https://images.ctfassets.net/space/asset/hero.png" alt="">',
  Webflow: '<html data-wf-site="abc"><body></body></html>',
  Wix: '<meta name="generator" content="Wix.com Website Builder">',
  Squarespace:
    '<script src="https://static1.squarespace.com/static/vta/abc/scripts/site-bundle.js"></script>',
  Jimdo: '<script src="https://assets.jimstatic.com/web.js"></script>',
  Shopify: '<script src="https://cdn.shopify.com/s/files/1/theme.js"></script>',
  Magento:
    '<script type="text/x-magento-init">{"*":{"Magento_Ui/js/core/app":{}}}</script><script>require(["Magento_Customer/js/customer-data"]);</script>',
  WooCommerce:
    '<link rel="stylesheet" href="/wp-content/plugins/woocommerce/assets/css/woocommerce.css">',
  PrestaShop: '<script>var prestashop = {"cart":{}};</script>',
  'Next.js': '<body><div id="__next"></div></body>',
  Nuxt: '<body><div id="__nuxt"></div></body>',
  Gatsby: '<body><div id="___gatsby"></div></body>',
  React: '<body><div id="root"><div data-reactroot=""></div></div></body>',
  'Vue.js': '<body><div id="app" data-v-app=""></div></body>',
  Angular: '<body><app-root ng-version="17.3.0"></app-root></body>',
  jQuery: '<script src="https://code.jquery.com/jquery-3.7.1.min.js"></script>',
  Didomi: '<script>window.didomiConfig = {};</script>',
  Axeptio: '<script src="https://static.axept.io/sdk.js"></script>',
  OneTrust: '<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js"></script>',
  Cookiebot:
    '<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="x"></script>',
  Tarteaucitron: '<script src="/js/tarteaucitron/tarteaucitron.js"></script>',
  Usercentrics: '<script src="https://app.usercentrics.eu/browser-ui/latest/loader.js"></script>',
  Cloudflare: '<script defer src="https://static.cloudflareinsights.com/beacon.min.js"></script>',
};

describe('technology detection', () => {
  it('has a sample page for every fingerprint, and each sample finds its technology', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(FINGERPRINTS.map((f) => f.n).sort());
    for (const [name, html] of Object.entries(SAMPLES)) {
      const full = html.startsWith('<html')
        ? html
        : `<!doctype html><html><head></head>${html.startsWith('<body') ? html : `<body>${html}</body>`}</html>`;
      const found = detectTechnologies(collectSignals(page(full))).map((d) => d.name);
      expect(found, name).toContain(name);
    }
  });

  it('reads a WordPress agency site: CMS with version, analytics, tags, consent, marketing automation', () => {
    const candidate = technologies(fixture('wordpress-agency.html'));
    expect(candidate?.source).toBe('tech');
    expect(candidate?.value).toEqual(
      expect.arrayContaining([
        'WordPress',
        'WooCommerce',
        'Google Analytics',
        'Axeptio',
        'HubSpot',
        'jQuery',
      ]),
    );
    expect(candidate!.evidence!.length).toBeLessThanOrEqual(160);
    expect(candidate?.evidence).toMatch(
      /^Google Analytics: script www\.googletagmanager\.com\/gtag\/js; /,
    );
    const detections = detectTechnologies(collectSignals(fixture('wordpress-agency.html')));
    const evidence = Object.fromEntries(detections.map((d) => [d.name, d]));
    expect(evidence.WordPress).toMatchObject({
      version: '6.8.3',
      evidence: 'meta generator WordPress 6.8.3',
    });
    expect(evidence.HubSpot?.evidence).toBe('script js-eu1.hs-scripts.com/0000000.js');
    expect(evidence.Axeptio?.evidence).toBe('global axeptioSettings');
    expect(evidence.WooCommerce).toMatchObject({ category: 'ecommerce', version: '9.1.2' });
  });

  it('does not take technologies named in the page text for technologies the page runs', () => {
    const wordpress = technologies(fixture('wordpress-agency.html'))?.value as string[];
    for (const named of ['Shopify', 'Webflow', 'Salesforce', 'Matomo'])
      expect(wordpress).not.toContain(named);
    // No script at all: nothing to read, so no fact (a technology criterion stays unknown).
    expect(technologies(fixture('plain.html'))).toBeUndefined();
  });

  it('says "looked and found none" only when the page\'s scripts were read', () => {
    const withScript = page(
      '<html><body><p>Ferrywell Tools</p><script>document.title = "Ferrywell";</script></body></html>',
    );
    const none = technologies(withScript);
    expect(none?.value).toEqual([]);
    expect(none?.confidence).toBeGreaterThan(0.5);
    const external = page('<html><body><script src="/assets/site.js"></script></body></html>');
    expect(technologies(external)?.value).toEqual([]);
  });

  it("says nothing on a directory page, whose scripts are the directory's", () => {
    const doc = fixture('nextjs-saas.html');
    expect(
      runExtractor(techExtractor, doc, new URL('https://www.societe.com/societe/x.html')),
    ).toEqual([]);
    expect(
      runExtractor(techExtractor, doc, new URL('https://www.crunchbase.com/organization/x')),
    ).toEqual([]);
  });

  it('reads a Next.js SaaS: framework markers, implied React, analytics and chat from inline globals', () => {
    const value = technologies(fixture('nextjs-saas.html'))?.value;
    expect(value).toEqual(
      expect.arrayContaining([
        'Next.js',
        'React',
        'Segment',
        'Intercom',
        'Hotjar',
        'Didomi',
        'Cloudflare',
      ]),
    );
    expect(value).not.toContain('WordPress');
  });

  it('reads a Webflow site with Marketo, Drift, OneTrust and Plausible', () => {
    const value = technologies(fixture('webflow-b2b.html'))?.value;
    expect(value).toEqual(
      expect.arrayContaining(['Webflow', 'Marketo', 'Drift', 'OneTrust', 'Plausible']),
    );
  });

  it('says nothing on LinkedIn or Wikipedia, whose own stack is not the company’s', () => {
    const doc = fixture('nextjs-saas.html');
    expect(
      runExtractor(techExtractor, doc, new URL('https://www.linkedin.com/company/x/')),
    ).toEqual([]);
    expect(runExtractor(techExtractor, doc, new URL('https://en.wikipedia.org/wiki/X'))).toEqual(
      [],
    );
  });

  it('bounds the work on a page stuffed with scripts', () => {
    const scripts = Array.from(
      { length: 3000 },
      (_, i) => `<script>var v${i} = "${'x'.repeat(200)}";</script>`,
    ).join('');
    const doc = page(
      `<html><head>${scripts}<script src="https://cdn.shopify.com/s/x.js"></script></head><body></body></html>`,
    );
    const start = performance.now();
    const value = technologies(doc)?.value;
    expect(performance.now() - start).toBeLessThan(1000);
    // The Shopify script sits past the element cap: capped, not crashed.
    expect(Array.isArray(value)).toBe(true);
  });
});

it('matches the same from signals sent as a message as from the page', () => {
  const doc = fixture('nextjs-saas.html');
  const sent = JSON.parse(JSON.stringify(collectSignals(doc)));
  expect(detectTechnologies(sent)).toEqual(detectTechnologies(collectSignals(doc)));
  expect(detectTechnologies(sent).map((d) => d.name)).toContain('Next.js');
});
