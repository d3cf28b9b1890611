/**
 * Where each company detail sits on LinkedIn company pages, per layout, in the order tried:
 * aria labels and data attributes first (LinkedIn keeps them for its tests and screen readers),
 * then the embedded JSON (voyager.ts, ldjson.ts), then labelled rows read with the label
 * dictionaries (labels.ts), then class names, then loose text. When LinkedIn changes its pages,
 * this file is what needs updating; `linkedInSelfCheck` says which entries still match.
 */
import { selectAll, type PageIndex } from './select';

/** What an entry reads. `info` is a run of unlabelled top-card items told apart by content. */
export type LinkedInField =
  | 'name'
  | 'website'
  | 'industry'
  | 'size'
  | 'members'
  | 'hq'
  | 'primary'
  | 'founded'
  | 'specialties'
  | 'followers'
  | 'description'
  | 'tagline'
  | 'info';

/** What a record read from embedded JSON can hold: the details above plus ready-made facts. */
export type RecordKey =
  LinkedInField | 'city' | 'region' | 'country' | 'address' | 'oldIndustry' | 'url';

/** A company's details as text, the way the page prints them ("51-200 employees"). */
export type CompanyRecord = Partial<Record<RecordKey, string>>;

/** How sure a value is, given how it was found; also the order in which entries are tried. */
export type Tier = 'attr' | 'json' | 'label' | 'class' | 'text';

/** The page generations the registry knows. */
export type Layout = 'public' | 'current' | 'legacy';

export type RegistryEntry = {
  /** Stable name, reported by the self-check. */
  id: string;
  field: LinkedInField;
  tier: Tier;
  layout: Layout | 'any';
  selector?: string;
  /** For `info` entries: the details that unlabelled items stand for, in order. */
  slots?: readonly ('industry' | 'hq')[];
};

/**
 * One line per entry: "<layout>.<name> <tier> <field>[:<slots>] [selector]". The id's first part
 * is the layout the entry belongs to ("any" when it serves every layout). Kept as strings because
 * the content script bundles this table.
 */
const TABLE = [
  // Public logged-out page: every "About us" row has a data-test-id.
  'public.website attr website [data-test-id="about-us__website"] dd', // seen: public page (Audiense)
  'public.industry attr industry [data-test-id="about-us__industry"] dd', // seen: public page (Audiense)
  'public.size attr size [data-test-id="about-us__size"] dd', // seen: public page (Audiense)
  'public.hq attr hq [data-test-id="about-us__headquarters"] dd', // seen: public page (Audiense)
  'public.founded attr founded [data-test-id="about-us__foundedOn"] dd', // seen: public page (Audiense)
  'public.specialties attr specialties [data-test-id="about-us__specialties"] dd', // by analogy with the rows above; not on a saved page
  'public.description attr description [data-test-id="about-us__description"]', // seen: public page (Audiense)
  // Logged-in 2025: the page's <main> landmark is labelled with the company name (English UI).
  'current.main attr name main[aria-label^="Organization page for "]', // seen: 2025 overview and about tabs
  // Logged-in locations list: the primary office's tag (English UI only).
  'any.primary attr primary [aria-label="This location is the primary office."]', // seen: Dec 2018 and 2025 about tabs

  // Embedded JSON: voyager.ts (logged in) and ldjson.ts (public pages).
  'current.voyager json info', // seen: 2025 overview and about tabs (Motion); 2019-2022 shapes handled too
  'public.ld json info', // seen: public page (Audiense)

  // Labelled rows read with the English/French dictionary: <dt>Company size</dt><dd>… and
  // <h3>Company size</h3><p>….
  'any.labels label info', // seen: 2025 about tab, Dec 2018 about tab, May 2018 overview, public page

  // 2025 logged-in top card and about tab.
  'current.name class name .org-top-card-summary__title', // seen: 2025, every tab
  'current.tagline class tagline .org-top-card-summary__tagline', // seen: 2025, every tab
  'current.info class info:industry,hq .org-top-card-summary-info-list__info-item', // seen: 2025 (industry, city, followers, size)
  'current.about class description .org-about-module__margin-bottom p.white-space-pre-wrap', // seen: 2025 about tab
  'current.overview class description .org-about-module__description', // seen: 2025 overview tab
  'current.primary class primary .org-location-card', // seen: 2025 about tab (a card tagged "Primary")
  // Dec 2018 logged-in about tab.
  'legacy.name class name .org-top-card-primary-content__title', // seen: Dec 2018
  'legacy.industry class industry .org-top-card-primary-content__industry', // seen: Dec 2018
  'legacy.hq class hq .org-top-card-primary-content__headquarter', // seen: Dec 2018
  'legacy.followers class followers .org-top-card-primary-content__follower-count', // seen: Dec 2018
  'legacy.tagline class tagline .org-top-card-primary-content__tagline', // seen: Dec 2018
  'legacy.about class description .org-grid__core-rail p.white-space-pre-wrap', // seen: Dec 2018
  // May 2018 logged-in overview.
  'legacy.name2 class name .org-top-card-module__name', // seen: May 2018
  'legacy.industry2 class industry .org-top-card-module__company-descriptions .company-industries', // seen: May 2018
  'legacy.hq2 class hq .org-top-card-module__location', // seen: May 2018
  'legacy.followers2 class followers .org-top-card-module__followers-count', // seen: May 2018
  'legacy.website2 class website .org-about-us-company-module__website', // seen: May 2018
  'legacy.size2 class size .org-about-company-module__company-staff-count-range', // seen: May 2018
  'legacy.founded2 class founded .org-about-company-module__founded', // seen: May 2018
  'legacy.specialties2 class specialties .org-about-company-module__specialities', // seen: May 2018
  'legacy.about2 class description .org-about-us-organization-description__text', // seen: May 2018
  // Public top card: title, industry headline, "City, Region · N followers", slogan.
  'public.name class name .top-card-layout__title', // seen: public page (Audiense)
  'public.headline class industry .top-card-layout__headline', // seen: public page (Audiense)
  'public.subline class info:hq .top-card-layout__first-subline', // seen: public page (Audiense)
  'public.tagline class tagline .top-card-layout__second-subline', // seen: public page (Audiense)
  'public.primary class primary .locations .tag-sm', // seen: public page (Audiense), tag "Primary"

  // Loose text.
  'any.title text name title', // seen: "(99+) Motion: About | LinkedIn", "Audiense | LinkedIn"
  'any.members text members .org-company-employees-snackbar__employees-count', // seen: 2018 ("29,293 employees on LinkedIn")
];

export const REGISTRY: readonly RegistryEntry[] = TABLE.map((line) => {
  const [id, tier, kind, ...selector] = line.split(' ') as [string, Tier, string, ...string[]];
  const [field, slots] = kind.split(':') as [LinkedInField, string?];
  const layout = id.split('.')[0] as RegistryEntry['layout'];
  return {
    id,
    tier,
    layout,
    field,
    selector: selector.join(' ') || undefined,
    slots: slots?.split(',') as RegistryEntry['slots'],
  };
});

/** Elements that tell the layouts apart, newest first (the 2025 page still has some 2018 classes). */
export const LAYOUT_MARKERS: readonly [Layout, string][] = [
  ['public', '[data-test-id="about-us"], .top-card-layout'],
  [
    'current',
    '.org-top-card-summary__title, .org-top-card-summary-info-list, code[id^="bpr-guid-"]',
  ],
  [
    'legacy',
    '.org-top-card-module, .org-top-card-primary-content__title, .org-about-company-module, .org-page-details__definition-term',
  ],
];

/** The layout a company page is in, or undefined when none of the markers is there. */
export function detectLayout(index: PageIndex): Layout | undefined {
  for (const [layout, selector] of LAYOUT_MARKERS)
    if (selectAll(index, selector, 1).length) return layout;
  return undefined;
}
