import type { Table } from 'dexie';

/** A row an upgrade could not read, kept aside with why (the `quarantine` table). */
export interface QuarantineRow {
  id?: number;
  /** The table the row was in. */
  table: string;
  /** The schema version that wrote it. */
  fromVersion: number;
  /** Why the upgrade could not read it. */
  reason: string;
  row: unknown;
  at: number;
}

/**
 * Upgrades every row of a table on its own: one row that cannot be upgraded never blocks the
 * others (nor the database, which would then not open at all). Such a row leaves the table and
 * joins `setAside`, for the caller to keep in the quarantine table; the console says how many and
 * why. Runs inside a Dexie upgrade: nothing here awaits anything but Dexie.
 */
export async function upgradeEachRow(
  table: Table,
  fromVersion: number,
  upgrade: (row: Record<string, unknown>) => Record<string, unknown>,
  setAside: QuarantineRow[],
): Promise<void> {
  const before = setAside.length;
  await table.toCollection().modify((row: Record<string, unknown>, ref: { value?: unknown }) => {
    try {
      ref.value = upgrade(row);
    } catch (error) {
      setAside.push({
        table: table.name,
        fromVersion,
        reason: error instanceof Error ? error.message : String(error),
        row,
        at: Date.now(),
      });
      delete ref.value;
    }
  });
  const failed = setAside.slice(before);
  if (failed.length)
    console.warn(
      `[icp-lens] ${failed.length} ${table.name} row(s) written by schema v${fromVersion} could not ` +
        `be upgraded and were set aside in the quarantine table (first: ${failed[0]!.reason})`,
    );
}
