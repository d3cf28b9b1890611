import Dexie, { type EntityTable } from 'dexie';

/**
 * The extension's IndexedDB, opened only from the background and the extension's own pages
 * (a content script would open the visited site's database instead).
 *
 * Table ownership while the project is young: icpVersions (sync), accounts (accounts list),
 * corrections (the user's fixes to facts). Every schema change adds a new `version(n)` with an
 * upgrade and a test that walks it; never edit a version that has shipped.
 */

export interface IcpVersionRow {
  /** Auto-increment primary key. */
  key?: number;
  id: string;
  version: number;
  fetchedAt: number;
  source: string;
  etag?: string;
  lastModified?: string;
  /** The validated ICP document. */
  document: unknown;
  /** The public key that verified its signature, when one was configured (sync). */
  signedBy?: string;
  /** How the source wrote it (a CSV sheet is stored as the ICP it became). */
  format?: 'json' | 'csv';
}

export interface CorrectionRow {
  /** The company key: its domain, or `linkedin:<slug>` when no website is known. */
  companyKey: string;
  /** Field -> corrected value, as a fact value. */
  values: Record<string, unknown>;
  updatedAt: number;
}

export interface AccountRow {
  companyKey: string;
  [key: string]: unknown;
}

export class IcpLensDatabase extends Dexie {
  icpVersions!: EntityTable<IcpVersionRow, 'key'>;
  corrections!: EntityTable<CorrectionRow, 'companyKey'>;
  accounts!: EntityTable<AccountRow, 'companyKey'>;

  constructor(name = 'icp-lens') {
    super(name);
    this.version(1).stores({
      icpVersions: '++key, [id+version], id, fetchedAt',
      corrections: 'companyKey',
      accounts: 'companyKey, lastSeen',
    });
  }
}

let shared: IcpLensDatabase | undefined;

/** The one database instance of this extension context. */
export function database(): IcpLensDatabase {
  shared ??= new IcpLensDatabase();
  return shared;
}
