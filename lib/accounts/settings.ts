import type { Phrase } from '../i18n/phrase';
import { defineSetting } from '../storage/setting-item';

/**
 * The accounts list's storage items (extension storage, local area). Version 1 each; a change of
 * shape raises the version and adds a migration with a test.
 */

/** Keep accounts this many days after they were last seen (saved ones are kept); 0 keeps all. */
export const retentionDaysItem = defineSetting<number>('local:accountsRetentionDays', {
  fallback: 0,
  version: 1,
});

/** The last failure to save an account in the background, shown on the accounts page. */
export interface AccountsStorageProblem {
  /** In English (logs); pages show `phrase` when there is one. */
  message: string;
  phrase?: Phrase;
  at: number;
}

export const storageProblemItem = defineSetting<AccountsStorageProblem | null>(
  'local:accountsStorageProblem',
  { fallback: null, version: 1 },
);

/** Retention choices offered on the accounts page, in days (0: until deleted). */
export const RETENTION_CHOICES = [0, 30, 90, 180, 365] as const;
