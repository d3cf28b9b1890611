/**
 * Logged-in LinkedIn pages (2019 onwards) embed the API responses the page was built from in
 * `<code id="bpr-guid-…">` blocks: JSON with an `included` array of entities (companies,
 * industries, follower counts…). Those blocks also describe other companies (similar pages,
 * "people also viewed", the viewer's network), so the page's company is picked by its slug,
 * never by order.
 */
import type { CompanyRecord } from './registry';

/** Largest block parsed, and the most JSON parsed per page: the pages run to 1.5 MB. */
const BLOCK_CAP = 1_500_000;
const TOTAL_CAP = 4_000_000;
const ENTITY_CAP = 5000;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** Parses a block, tolerating raw line breaks inside strings (pages saved "pretty" have them). */
function parseBlock(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      // eslint-disable-next-line no-control-regex -- raw control characters are what breaks the JSON
      return JSON.parse(text.replace(/[\u0000-\u001f]+[ \t]*/g, ' '));
    } catch {
      return undefined;
    }
  }
}

const COMPANY_URN = /^urn:li:(?:fsd_company|fs_normalized_company|fs_company|company):/;

/** Entities worth keeping: companies and what their fields point at (industries, follower counts). */
function kept(urn: string, type: string): boolean {
  return (
    COMPANY_URN.test(urn) ||
    type.endsWith('.Company') ||
    /industry|followingstate|followinginfo/i.test(urn)
  );
}

type Index = { entities: Map<string, Json>; mainRefs: string[] };

/** Merges one entity's fields into the index (the same company is split across blocks). */
function absorb(index: Index, entity: Json): void {
  const urn = str(entity.entityUrn);
  const type = str(entity.$type) ?? '';
  if (!urn || !kept(urn, type)) return;
  const target = index.entities.get(urn) ?? (Object.create(null) as Json);
  for (const key of Object.keys(entity)) {
    if (key === '__proto__') continue;
    const value = entity[key];
    if (value !== null && value !== undefined && target[key] === undefined) target[key] = value;
  }
  index.entities.set(urn, target);
}

/** References to "the company this page is about" in a response's `data`. */
function collectMainRefs(index: Index, data: unknown): void {
  // GraphQL responses nest one level deeper ({ data: { data: { organizationDash…ByUniversalName } } }).
  for (const level of [data, isObject(data) ? data.data : undefined]) {
    if (!isObject(level)) continue;
    for (const key of Object.keys(level)) {
      if (!/ByUniversalName$/i.test(key)) continue;
      const refs = (level[key] as Json | undefined)?.['*elements'];
      if (Array.isArray(refs))
        for (const ref of refs.slice(0, 3)) if (typeof ref === 'string') index.mainRefs.push(ref);
    }
  }
}

/** Reads every relevant `<code>` block of the page into one index, within the caps. */
function readBlocks(codes: readonly Element[]): Index {
  const index: Index = { entities: new Map(), mainRefs: [] };
  let budget = TOTAL_CAP;
  const blocks = codes.filter((code) => code.id.startsWith('bpr-guid-'));
  for (let i = 0; i < blocks.length && i < 400; i++) {
    const text = blocks[i]!.textContent ?? '';
    // Most blocks are settings, navigation or tracking: skip them before paying for JSON.parse.
    if (text.length > BLOCK_CAP || text.length > budget || !text.includes('"included"')) continue;
    if (!/fsd_company|fs_normalized_company|"universalName"/.test(text)) continue;
    budget -= text.length;
    const parsed = parseBlock(text);
    if (!isObject(parsed)) continue;
    collectMainRefs(index, parsed.data);
    const included = parsed.included;
    if (!Array.isArray(included)) continue;
    for (let j = 0; j < included.length && j < ENTITY_CAP; j++) {
      const entity = included[j];
      if (isObject(entity)) absorb(index, entity);
    }
  }
  return index;
}

/** The company entity the page is about: its slug first, then the page's main-entity reference. */
function pickMain(index: Index, slug: string): Json | undefined {
  const companyPath = `/company/${slug}/`;
  for (const [urn, entity] of index.entities) {
    if (!COMPANY_URN.test(urn)) continue;
    const universalName = str(entity.universalName)?.toLowerCase();
    if (universalName === slug) return entity;
    const url = str(entity.url)?.toLowerCase();
    if (!universalName && url && decodeSafe(url).endsWith(companyPath)) return entity;
  }
  // A page opened by numeric id (/company/28817244/) has no matching slug: trust the reference
  // the page's own "company by universal name" query returned, when there is exactly one.
  const refs = new Set(index.mainRefs);
  if (refs.size === 1) {
    const entity = index.entities.get([...refs][0]!);
    if (entity && /^\d+$/.test(slug)) return entity;
  }
  return undefined;
}

function decodeSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The name of the first entity a `*field` reference list points at, or of inline objects. */
function refName(index: Index, value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : [value];
  for (const item of list.slice(0, 5)) {
    const entity = typeof item === 'string' ? index.entities.get(item) : item;
    if (!isObject(entity)) continue;
    const name = str(entity.name) ?? str(entity.localizedName);
    if (name) return name;
  }
  return undefined;
}

/** "51-200 employees" / "10001+ employees" from an {start, end} range. */
function band(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  const min = num(value.start);
  const max = num(value.end);
  if (min === undefined || (max !== undefined && max < min)) return undefined;
  return `${min}${max === undefined ? '+' : `-${max}`} employees`;
}

/** The headquarters address: the `headquarter` field, or the location flagged as headquarters. */
function headquarters(entity: Json): Json | undefined {
  const hq = entity.headquarter;
  if (isObject(hq)) return isObject(hq.address) ? hq.address : hq;
  const groups = Array.isArray(entity.groupedLocations) ? entity.groupedLocations : [];
  const locations = groups.flatMap((group) =>
    isObject(group) && Array.isArray(group.locations) ? group.locations : [],
  );
  if (Array.isArray(entity.confirmedLocations)) locations.push(...entity.confirmedLocations);
  for (const location of locations.slice(0, 200))
    if (isObject(location) && location.headquarter === true)
      return isObject(location.address) ? location.address : location;
  return undefined;
}

/**
 * The page company's details from the page's `<code>` elements (embedded JSON), or undefined
 * when there is no such JSON or none of it is about the company in the URL.
 */
export function readVoyagerCompany(
  codes: readonly Element[],
  slug: string,
): CompanyRecord | undefined {
  const index = readBlocks(codes);
  const entity = pickMain(index, slug);
  if (!entity) return undefined;
  const cta = isObject(entity.callToAction) ? entity.callToAction : undefined;
  const v2 = refName(index, entity['*industryV2Taxonomy']) ?? refName(index, entity.industryV2);
  const hq = headquarters(entity) ?? {};
  const country = str(hq.country)?.toUpperCase();
  const address = [hq.line1, hq.line2, hq.city, hq.geographicArea, hq.postalCode, hq.country]
    .map(str)
    .filter(Boolean);
  const following =
    index.entities.get(str(entity['*followingState']) ?? '') ??
    index.entities.get(str(entity['*followingInfo']) ?? '') ??
    (isObject(entity.followingInfo) ? entity.followingInfo : undefined);
  const followers = num(following?.followerCount);
  const year = isObject(entity.foundedOn) ? num(entity.foundedOn.year) : undefined;
  const members = num(entity.employeeCount) ?? num(entity.staffCount);
  return {
    name: str(entity.name),
    website:
      str(entity.websiteUrl) ??
      str(entity.companyPageUrl) ??
      (cta?.type === 'VIEW_WEBSITE' ? str(cta.url) : undefined),
    industry: v2,
    // The pre-2022 names ("Computer Software") only when the page has no current one.
    oldIndustry: v2
      ? undefined
      : (refName(index, entity['*industry']) ??
        refName(index, entity['*companyIndustries']) ??
        refName(index, entity.companyIndustries)),
    size: band(entity.employeeCountRange) ?? band(entity.staffCountRange),
    members: members === undefined ? undefined : `${members} associated members`,
    city: str(hq.city),
    region: str(hq.geographicArea),
    country,
    address: address.length >= 3 ? address.join(', ') : undefined,
    founded: year?.toString(),
    specialties: Array.isArray(entity.specialities)
      ? entity.specialities.map(str).filter(Boolean).slice(0, 50).join('; ')
      : undefined,
    followers: followers === undefined ? undefined : `${followers} followers`,
    description: str(entity.description),
    tagline: str(entity.tagline),
    url: str(entity.url),
  };
}
