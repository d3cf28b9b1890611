import { clip, metaContent } from '../dom';
import type { Candidate, Extractor } from '../types';
import { foldText } from '../../normalize/text';
import { domainOf, isPlatform, nameFitsDomain } from '../url';
import { metaCollector, type MetaSignals } from './collect';

export { documentTitle } from './collect';

/** Separators between a page title and the site name: "Pricing | Acme", "Acme - Accueil". */
// `\s*X` is written `(?<!\s)\s+X|X`: the same matches, each run of spaces scanned once.
const TITLE_SEPARATOR = /(?<!\s)\s+[|–—•·:»-]\s+|(?<!\s)\s+[|–—•·»]\s*|[|–—•·»]\s*/;

/** Title parts that name the page, not the company ("Home", "Accueil", "Startseite"...). */
const GENERIC =
  /^(?:home(?:page)?|accueil|startseite|start|welcome|bienvenue|willkommen|inicio|index|about(?: us)?|a propos|qui sommes-nous|uber uns|contact(?: us)?|nous contacter|kontakt|blog|news|actualites|aktuelles|official (?:site|website)|site officiel|mentions legales|impressum|imprint|legal notice|privacy(?: policy)?|datenschutz(?:erklarung)?|politique de confidentialite|terms(?: of (?:service|use))?|cgv|agb|careers?|jobs|karriere|recrutement|team|equipe|services|leistungen|products|produits|produkte|pricing|tarifs|preise|faq|support|login|shop|references|referenzen)$/i;

/**
 * The company's name in a page title, or undefined: the part that fits the domain, else, on a
 * title with a site name suffix, the last part unless it is generic ("Pricing | Acme" → Acme,
 * "Acme - Accueil" → Acme).
 */
export function nameFromTitle(
  title: string,
  domain: string | undefined,
): { name: string; fits: boolean } | undefined {
  const all = title
    .split(TITLE_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
  const parts = all.filter((part) => !GENERIC.test(foldText(part)));
  const fitting = parts.find((part) => part.length <= 80 && nameFitsDomain(part, domain));
  if (fitting) return { name: fitting, fits: true };
  const last = parts[parts.length - 1];
  if (all.length > 1 && last && last.length <= 40 && last.split(' ').length <= 5)
    return { name: last, fits: false };
  return undefined;
}

/** OpenGraph and meta tags: site name, application name, title, description, canonical URL. */
export const metaExtractor: Extractor<MetaSignals> = {
  ...metaCollector,
  read(collected, url) {
    const out: Candidate[] = [];
    const platform = isPlatform(url);
    const domain = platform ? undefined : domainOf(url);
    const push = (candidate: Candidate): void => {
      out.push({ ...candidate, evidence: clip(candidate.evidence ?? '') });
    };
    if (!platform) {
      const tags = new Map(collected.tags);
      const siteName = metaContent(tags, 'og:site_name');
      if (siteName && siteName.length <= 80)
        push({
          field: 'name',
          value: siteName,
          source: 'meta',
          confidence: nameFitsDomain(siteName, domain) ? 0.8 : 0.7,
          evidence: `og:site_name "${siteName}"`,
        });
      const appName = metaContent(tags, 'application-name', 'apple-mobile-web-app-title');
      if (appName && appName.length <= 60)
        push({
          field: 'name',
          value: appName,
          source: 'meta',
          confidence: nameFitsDomain(appName, domain) ? 0.7 : 0.5,
          evidence: `application-name "${appName}"`,
        });
      const title = collected.title;
      const fromTitle = title ? nameFromTitle(title, domain) : undefined;
      if (fromTitle)
        push({
          field: 'name',
          value: fromTitle.name,
          source: 'meta',
          confidence: fromTitle.fits ? 0.65 : 0.4,
          evidence: `<title> ${title}`,
        });
      const canonical = collected.canonical;
      if (canonical && /^https?:\/\//i.test(canonical) && !isPlatform(canonical)) {
        const canonicalDomain = domainOf(canonical);
        if (canonicalDomain)
          push({
            field: 'domain',
            value: canonicalDomain,
            source: 'meta',
            confidence: 0.6,
            evidence: `canonical ${canonical}`,
          });
      }
      const description = metaContent(tags, 'og:description', 'description', 'twitter:description');
      // A deep page's description is about the page; the home page's is about the company.
      const home =
        url.pathname
          .replace(/\/(?:index\.\w+)?$/, '')
          .split('/')
          .filter(Boolean).length <= 1;
      if (description && description.length >= 20)
        push({
          field: 'description',
          value: description.slice(0, 5000),
          source: 'meta',
          confidence: home ? 0.5 : 0.3,
          evidence: description,
        });
    }
    return out;
  },
};
