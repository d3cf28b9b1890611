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

function entry(
  id: string,
  tier: Tier,
  layout: RegistryEntry['layout'],
  field: LinkedInField,
  selector?: string,
  slots?: RegistryEntry['slots'],
): RegistryEntry {
  return { id, tier, layout, field, selector, slots };
}

export const REGISTRY: readonly RegistryEntry[] = [
  // Public logged-out page: every "About us" row has a data-test-id (seen 2024-2025 on
  // uk.linkedin.com/company/audiense and www.linkedin.com/company/*).
  entry('public.website', 'attr', 'public', 'website', '[data-test-id="about-us__website"] dd a'),
  entry('public.industry', 'attr', 'public', 'industry', '[data-test-id="about-us__industry"] dd'),
  entry('public.size', 'attr', 'public', 'size', '[data-test-id="about-us__size"] dd'),
  entry('public.hq', 'attr', 'public', 'hq', '[data-test-id="about-us__headquarters"] dd'),
  entry('public.founded', 'attr', 'public', 'founded', '[data-test-id="about-us__foundedOn"] dd'),
  entry(
    'public.specialties',
    'attr',
    'public',
    'specialties',
    '[data-test-id="about-us__specialties"] dd',
  ),
  entry(
    'public.description',
    'attr',
    'public',
    'description',
    '[data-test-id="about-us__description"]',
  ),
  // Logged-in pages: the primary office's tag in the locations list (seen Dec 2018 and 2025, English UI).
  entry(
    'loggedin.primary',
    'attr',
    'any',
    'primary',
    '[aria-label="This location is the primary office."]',
  ),

  // Embedded JSON: voyager.ts (logged in, 2019 onwards) and ldjson.ts (public pages).
  entry('json.voyager', 'json', 'current', 'info'),
  entry('json.ld', 'json', 'public', 'info'),

  // Labelled rows: <dt>Company size</dt><dd>… (2025 about tab, Dec 2018 about tab, public page) and
  // <h3>Company size</h3><p>… (May 2018 overview), read through the English/French dictionary.
  entry('label.rows', 'label', 'any', 'info'),

  // 2025 logged-in top card (seen on /company/motionapp/, all tabs).
  entry('current.name', 'class', 'current', 'name', '.org-top-card-summary__title'),
  entry('current.tagline', 'class', 'current', 'tagline', '.org-top-card-summary__tagline'),
  entry('current.info', 'class', 'current', 'info', '.org-top-card-summary-info-list__info-item', [
    'industry',
    'hq',
  ]),
  entry(
    'current.about',
    'class',
    'current',
    'description',
    '.org-about-module__margin-bottom p.white-space-pre-wrap',
  ),
  entry('current.overview', 'class', 'current', 'description', '.org-about-module__description'),
  entry('current.primary', 'class', 'current', 'primary', '.org-location-card'),
  // Dec 2018 logged-in top card (org-top-card-primary-content).
  entry('legacy.name', 'class', 'legacy', 'name', '.org-top-card-primary-content__title'),
  entry(
    'legacy.industry',
    'class',
    'legacy',
    'industry',
    '.org-top-card-primary-content__industry',
  ),
  entry('legacy.hq', 'class', 'legacy', 'hq', '.org-top-card-primary-content__headquarter'),
  entry(
    'legacy.followers',
    'class',
    'legacy',
    'followers',
    '.org-top-card-primary-content__follower-count',
  ),
  entry('legacy.tagline', 'class', 'legacy', 'tagline', '.org-top-card-primary-content__tagline'),
  entry(
    'legacy.about',
    'class',
    'legacy',
    'description',
    '.org-grid__core-rail p.white-space-pre-wrap',
  ),
  // May 2018 logged-in overview (org-top-card-module, org-about-company-module).
  entry('legacy.name2', 'class', 'legacy', 'name', '.org-top-card-module__name'),
  entry(
    'legacy.industry2',
    'class',
    'legacy',
    'industry',
    '.org-top-card-module__company-descriptions .company-industries',
  ),
  entry('legacy.hq2', 'class', 'legacy', 'hq', '.org-top-card-module__location'),
  entry(
    'legacy.followers2',
    'class',
    'legacy',
    'followers',
    '.org-top-card-module__followers-count',
  ),
  entry('legacy.website2', 'class', 'legacy', 'website', '.org-about-us-company-module__website'),
  entry(
    'legacy.size2',
    'class',
    'legacy',
    'size',
    '.org-about-company-module__company-staff-count-range',
  ),
  entry('legacy.founded2', 'class', 'legacy', 'founded', '.org-about-company-module__founded'),
  entry(
    'legacy.specialties2',
    'class',
    'legacy',
    'specialties',
    '.org-about-company-module__specialities',
  ),
  entry(
    'legacy.about2',
    'class',
    'legacy',
    'description',
    '.org-about-us-organization-description__text',
  ),
  // Public top card (seen 2024-2025): title, industry headline, "City, Region · N followers".
  entry('public.name', 'class', 'public', 'name', '.top-card-layout__title'),
  entry('public.headline', 'class', 'public', 'industry', '.top-card-layout__headline'),
  entry('public.subline', 'class', 'public', 'info', '.top-card-layout__first-subline', ['hq']),
  entry('public.tagline', 'class', 'public', 'tagline', '.top-card-layout__second-subline'),
  entry('public.primary', 'class', 'public', 'primary', '.locations li'),

  // Loose text: "Motion: About | LinkedIn", "Audiense | LinkedIn" (every layout with a <title>);
  // employee counts LinkedIn shows when there is no size band ("29,293 employees on LinkedIn").
  entry('text.title', 'text', 'any', 'name', 'title'),
  entry(
    'text.members',
    'text',
    'any',
    'members',
    '.org-top-card-secondary-content__see-all-employees, .org-company-employees-snackbar__employees-count, .org-top-card-summary-info-list__info-item-link',
  ),
];

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
