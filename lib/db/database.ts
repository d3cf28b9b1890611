import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import { upgradeAccountV1toV2 } from '../accounts/migrate';
import type { Account, AccountRun } from '../accounts/types';

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
  /**
   * The Ed25519 signature (base64) of `signedText`, stored when a key verified it, so the version
   * can be checked again against whatever key is configured later (lib/sync/stored-signature.ts).
   */
  signature?: string;
  /** The document's exact bytes as received (UTF-8 text, byte-order mark kept), as signed. */
  signedText?: string;
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

/** One scored company of the accounts list (lib/accounts/types.ts). */
export type AccountRow = Account;

/** Tables and indexes of schema version 1, kept apart so the upgrade test can create a v1 database. */
export const SCHEMA_V1 = {
  icpVersions: '++key, [id+version], id, fetchedAt',
  corrections: 'companyKey',
  accounts: 'companyKey, lastSeen',
} as const;

/**
 * Version 2 (accounts): indexes the account's status, headline tier and LinkedIn slug (a LinkedIn
 * page finds its site's account), and adds `accountRuns` (rescores against new ICPs and their
 * movement summaries). Tables not named keep their v1 definition.
 */
export const SCHEMA_V2 = {
  accounts: 'companyKey, lastSeen, status, tier, linkedin',
  accountRuns: '++id, startedAt',
} as const;

export class IcpLensDatabase extends Dexie {
  icpVersions!: EntityTable<IcpVersionRow, 'key'>;
  corrections!: EntityTable<CorrectionRow, 'companyKey'>;
  accounts!: EntityTable<AccountRow, 'companyKey'>;
  accountRuns!: EntityTable<AccountRun, 'id'>;

  /** `options` are Dexie's, e.g. `{ cache: 'immutable' }` for a page that only reads big lists. */
  constructor(name = 'icp-lens', options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) =>
        tx
          .table('accounts')
          .toCollection()
          .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
            ref.value = upgradeAccountV1toV2(row);
          }),
      );
  }
}

let shared: IcpLensDatabase | undefined;

/** The one database instance of this extension context. */
export function database(): IcpLensDatabase {
  shared ??= new IcpLensDatabase();
  return shared;
}
