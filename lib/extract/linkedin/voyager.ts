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

// eslint-disable-next-line no-control-regex -- raw control characters are what breaks the JSON
const CONTROL = /[\u0000-\u001f]/;
// eslint-disable-next-line no-control-regex -- the same, with the indentation that follows them
const CONTROLS = /[\u0000-\u001f]+[ \t]*/g;

/** Parses a block, tolerating raw line breaks inside strings (pages saved "pretty" have them). */
function parseBlock(text: string): unknown {
  try {
    return JSON.parse(CONTROL.test(text) ? text.replace(CONTROLS, ' ') : text);
  } catch {
    return undefined;
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

type Index = { entities: Map<string, Json> };

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

/** Parses one block and merges its entities into the index; malformed JSON adds nothing. */
function readBlock(index: Index, text: string): void {
  const parsed = parseBlock(text);
  const included = isObject(parsed) ? parsed.included : undefined;
  if (!Array.isArray(included)) return;
  for (let j = 0; j < included.length && j < ENTITY_CAP; j++) {
    const entity = included[j];
    if (isObject(entity)) absorb(index, entity);
  }
}

/**
 * Reads the blocks about the page's company into one index, within the caps. Most blocks are
 * settings, navigation or other companies: a block is parsed only if its text names the slug (or,
 * in a second pass, the company's URN), which costs a string search instead of a JSON.parse.
 */
function readBlocks(
  codes: readonly string[],
  slug: string,
): { index: Index; main: Json } | undefined {
  const index: Index = { entities: new Map() };
  let budget = TOTAL_CAP;
  const texts = codes
    .slice(0, 400)
    .filter(
      (text) => typeof text === 'string' && text.length <= BLOCK_CAP && text.includes('"included"'),
    );
  const read = (text: string) => {
    if (text.length > budget) return;
    budget -= text.length;
    readBlock(index, text);
  };
  // The slug as a universal name, in a page URL, or as the numeric id of a company URN.
  const needles = [...new Set([slug, encodeURIComponent(slug)])].flatMap((name) => [
    `"${name}"`,
    `/company/${name}/`,
    `_company:${name}"`,
  ]);
  const mentions = (text: string) => needles.some((needle) => text.includes(needle));
  const rest: string[] = [];
  for (const text of texts)
    if (mentions(text)) read(text);
    else rest.push(text);
  const main = pickMain(index, slug);
  const urn = str(main?.entityUrn);
  if (urn) for (const text of rest) if (text.includes(`"${urn}"`)) read(text);
  return main ? { index, main } : undefined;
}

/**
 * The company entity the page is about: its universal name or page URL is the slug; a page opened
 * by numeric id (/company/28817244/) is the entity with that id.
 */
function pickMain(index: Index, slug: string): Json | undefined {
  const companyPath = `/company/${slug}/`;
  for (const [urn, entity] of index.entities) {
    if (!COMPANY_URN.test(urn)) continue;
    if (urn.endsWith(`:${slug}`)) return entity;
    const universalName = str(entity.universalName)?.toLowerCase();
    if (universalName === slug) return entity;
    const url = str(entity.url)?.toLowerCase();
    if (!universalName && url && decodeSafe(url).endsWith(companyPath)) return entity;
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
  codes: readonly string[],
  slug: string,
): CompanyRecord | undefined {
  const found = readBlocks(codes, slug);
  if (!found) return undefined;
  const { index, main: entity } = found;
  const cta = isObject(entity.callToAction) ? entity.callToAction : undefined;
  const v2 = refName(index, entity['*industryV2Taxonomy']) ?? refName(index, entity.industryV2);
  const hq = headquarters(entity) ?? {};
  const country = str(hq.country)?.toUpperCase();
  // As LinkedIn prints it: "1 Quai de la Fosse, Nantes, Pays de la Loire 44000, FR".
  const area = [hq.geographicArea, hq.postalCode].map(str).filter(Boolean).join(' ');
  const address = [hq.line1, hq.line2, hq.city, area, hq.country].map(str).filter(Boolean);
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
