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
  // Public logged-out page: every "About us" row has a data-test-id (seen 2024-2025 on
  // uk.linkedin.com/company/audiense and www.linkedin.com/company/*).
  'public.website attr website [data-test-id="about-us__website"] dd a',
  'public.industry attr industry [data-test-id="about-us__industry"] dd',
  'public.size attr size [data-test-id="about-us__size"] dd',
  'public.hq attr hq [data-test-id="about-us__headquarters"] dd',
  'public.founded attr founded [data-test-id="about-us__foundedOn"] dd',
  'public.specialties attr specialties [data-test-id="about-us__specialties"] dd',
  'public.description attr description [data-test-id="about-us__description"]',
  // Logged-in locations list: the primary office's tag (seen Dec 2018 and 2025, English UI).
  'any.primary attr primary [aria-label="This location is the primary office."]',

  // Embedded JSON: voyager.ts (logged in, 2019 onwards; seen 2025) and ldjson.ts (public pages).
  'current.voyager json info',
  'public.ld json info',

  // Labelled rows: <dt>Company size</dt><dd>… (2025 about tab, Dec 2018 about tab, public page)
  // and <h3>Company size</h3><p>… (May 2018 overview), read with the English/French dictionary.
  'any.labels label info',

  // 2025 logged-in top card and about tab (seen on /company/motionapp/, every tab).
  'current.name class name .org-top-card-summary__title',
  'current.tagline class tagline .org-top-card-summary__tagline',
  'current.info class info:industry,hq .org-top-card-summary-info-list__info-item',
  'current.about class description .org-about-module__margin-bottom p.white-space-pre-wrap',
  'current.overview class description .org-about-module__description',
  'current.primary class primary .org-location-card',
  // Dec 2018 logged-in about tab (org-top-card-primary-content, org-page-details).
  'legacy.name class name .org-top-card-primary-content__title',
  'legacy.industry class industry .org-top-card-primary-content__industry',
  'legacy.hq class hq .org-top-card-primary-content__headquarter',
  'legacy.followers class followers .org-top-card-primary-content__follower-count',
  'legacy.tagline class tagline .org-top-card-primary-content__tagline',
  'legacy.about class description .org-grid__core-rail p.white-space-pre-wrap',
  // May 2018 logged-in overview (org-top-card-module, org-about-company-module).
  'legacy.name2 class name .org-top-card-module__name',
  'legacy.industry2 class industry .org-top-card-module__company-descriptions .company-industries',
  'legacy.hq2 class hq .org-top-card-module__location',
  'legacy.followers2 class followers .org-top-card-module__followers-count',
  'legacy.website2 class website .org-about-us-company-module__website',
  'legacy.size2 class size .org-about-company-module__company-staff-count-range',
  'legacy.founded2 class founded .org-about-company-module__founded',
  'legacy.specialties2 class specialties .org-about-company-module__specialities',
  'legacy.about2 class description .org-about-us-organization-description__text',
  // Public top card (seen 2024-2025): title, industry headline, "City, Region · N followers".
  'public.name class name .top-card-layout__title',
  'public.headline class industry .top-card-layout__headline',
  'public.subline class info:hq .top-card-layout__first-subline',
  'public.tagline class tagline .top-card-layout__second-subline',
  'public.primary class primary .locations li',

  // Loose text: "Motion: About | LinkedIn", "Audiense | LinkedIn" (every layout with a <title>),
  // and the member counts shown beside the top card ("29,293 employees on LinkedIn", 2018).
  'any.title text name title',
  'any.members text members .org-company-employees-snackbar__employees-count',
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
