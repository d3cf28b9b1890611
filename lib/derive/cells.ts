import type { EmployeesValue, RevenueValue } from '../facts/schema';
import { bareDomain } from '../company/host';
import { FINGERPRINTS } from '../extract/tech/detect';
import { parseEmployees } from '../normalize/employees';
import { parseRevenue } from '../normalize/revenue';
import { foldText } from '../normalize/text';

/**
 * Cell readers for CRM exports. Extraction's normalisers do the heavy lifting (headcount bands,
 * revenue with magnitudes and currencies); these add what spreadsheets write differently:
 * plain numbers with thousands separators and decimals ("12,500.00", "12 500,50 €").
 */

/** Reads a plain amount as spreadsheets write it: "12,500.00", "12.500,00", "12 500 €", "$1,200". */
export function parsePlainNumber(cell: string): number | undefined {
  const text = cell
    .replace(/[\s\u00a0\u202f']/g, '')
    .replace(/^(?:[A-Z]{3}|[€$£¥]|US\$)/i, '')
    .replace(/(?:[A-Z]{3}|[€$£¥])$/i, '');
  if (!/^-?\d[\d.,]*$/.test(text)) return undefined;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let normalized: string;
  if (lastComma >= 0 && lastDot >= 0) {
    // Whichever comes last is the decimal mark.
    normalized =
      lastComma > lastDot ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  } else if (lastComma >= 0) {
    const groups = text.split(',');
    // "1,200" and "1,200,000" group thousands; "2,5" is a decimal.
    normalized =
      groups.length > 2 || groups[1]!.length === 3
        ? text.replace(/,/g, '')
        : text.replace(',', '.');
  } else if (lastDot >= 0) {
    const groups = text.split('.');
    normalized = groups.length > 2 ? text.replace(/\./g, '') : text;
  } else normalized = text;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : undefined;
}

/** A headcount cell: "51-200", "10,001+", "1200", "1,200", "plus de 500". */
export function parseEmployeesCell(cell: string): EmployeesValue | undefined {
  const plain = parsePlainNumber(cell);
  if (plain !== undefined) {
    if (plain < 0 || plain > 5_000_000) return undefined;
    const count = Math.round(plain);
    return { min: count, max: count };
  }
  return parseEmployees(cell);
}

/** A revenue cell: a plain number in `currency`, or text such as "12 M€" or "$10-50M". */
export function parseRevenueCell(cell: string, currency: string): RevenueValue | undefined {
  const symbol = /[€$£¥]|\b[A-Z]{3}\b/.test(cell);
  const plain = symbol && /[a-z]{2,}|\d\s*[mkb]\b/i.test(cell) ? undefined : parsePlainNumber(cell);
  if (plain !== undefined) {
    if (plain < 0) return undefined;
    const code = /€|EUR/i.test(cell)
      ? 'EUR'
      : /£|GBP/i.test(cell)
        ? 'GBP'
        : /\$|USD/i.test(cell)
          ? 'USD'
          : currency;
    return { min: plain, max: plain, currency: code };
  }
  const parsed = parseRevenue(cell, currency);
  return parsed && parsed.min >= 0 ? parsed : undefined;
}

/** A deal value: a plain amount, or undefined. */
export function parseValueCell(cell: string): number | undefined {
  const value = parsePlainNumber(cell);
  return value !== undefined && value >= 0 ? value : undefined;
}

const TECH_BY_FOLDED = new Map(FINGERPRINTS.map((entry) => [foldText(entry.n), entry.n]));

/**
 * A technologies cell: names separated by semicolons, commas, pipes or new lines, spelled as the
 * fingerprint table spells them when it knows them ("hubspot" -> "HubSpot"), duplicates dropped.
 */
export function parseTechnologiesCell(cell: string): string[] {
  const out = new Set<string>();
  for (const raw of cell.split(/[;,|\n]/)) {
    const name = raw.trim();
    if (!name || name.length > 100) continue;
    out.add(TECH_BY_FOLDED.get(foldText(name)) ?? name);
  }
  return [...out];
}

/** A website or domain cell reduced to the bare host: "https://www.acme.fr/en" -> "acme.fr". */
export function parseDomainCell(cell: string): string | undefined {
  const host = bareDomain(cell);
  return /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(host) ? host : undefined;
}
