import type { CorrectionRow, IcpLensDatabase } from '../db/database';
import type { FactField, FactValue } from '../facts/schema';
import { isValidFactValue } from './parse';

/**
 * Dexie adapter for the `corrections` table: one row per company (its `companyKey`), holding the
 * fields the user corrected. Used from extension pages; the background reads the same rows when
 * it scores a page, so a correction follows the company to every page of it.
 */

/** The corrected values of a company (field -> value); empty when it has none. */
export async function loadCorrections(
  db: IcpLensDatabase,
  companyKey: string,
): Promise<Record<string, unknown>> {
  if (!companyKey) return {};
  return (await db.corrections.get(companyKey))?.values ?? {};
}

/**
 * Stores the user's value for one fact of a company, keeping its other corrections. Refuses a
 * value the facts schema would not accept, so nothing unusable is ever stored.
 */
export async function saveCorrection<F extends FactField>(
  db: IcpLensDatabase,
  companyKey: string,
  field: F,
  value: FactValue<F>,
  now = Date.now(),
): Promise<void> {
  if (!companyKey) throw new Error('no company to attach the correction to');
  if (!isValidFactValue(field, value)) throw new Error(`not a valid ${field}`);
  await db.transaction('rw', db.corrections, async () => {
    const row = await db.corrections.get(companyKey);
    await db.corrections.put({
      companyKey,
      values: { ...row?.values, [field]: value },
      updatedAt: now,
    });
  });
}

/** Drops the user's value for one fact: the page's value applies again. The row goes with its last field. */
export async function removeCorrection(
  db: IcpLensDatabase,
  companyKey: string,
  field: FactField,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.corrections, async () => {
    const row = await db.corrections.get(companyKey);
    if (!row || !(field in row.values)) return;
    const { [field]: _removed, ...values } = row.values;
    if (Object.keys(values).length === 0) await db.corrections.delete(companyKey);
    else await db.corrections.put({ companyKey, values, updatedAt: now });
  });
}

/** Every company the user corrected, most recent first (for Settings). */
export async function listCorrections(db: IcpLensDatabase): Promise<CorrectionRow[]> {
  const rows = await db.corrections.toArray();
  return rows.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Drops every correction of a company: the pages' values apply again. */
export async function clearCorrections(db: IcpLensDatabase, companyKey: string): Promise<void> {
  await db.corrections.delete(companyKey);
}
