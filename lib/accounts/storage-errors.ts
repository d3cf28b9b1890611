import { phrase, type Phrase } from '../i18n/phrase';

/**
 * The browser refuses to store more when the extension's quota is reached. Dexie reports it as
 * `QuotaExceededError`, sometimes inside an `AbortError` of the transaction; both become a
 * StorageFullError whose message says what to do.
 */

export const STORAGE_FULL_MESSAGE =
  'The browser has no room left for ICP Lens data. Delete accounts you no longer need, or keep ' +
  'accounts for fewer days (Accounts › Retention), then try again. Nothing already saved was lost.';

export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(cause?: unknown) {
    super(STORAGE_FULL_MESSAGE, { cause });
  }
}

/** True when an error (or an error it wraps) is the browser's storage quota. */
export function isQuotaError(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== 'object') return false;
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError' || name === 'StorageFullError') return true;
    current = inner ?? cause;
  }
  return false;
}

/** The error to rethrow: a StorageFullError for a quota error, the error itself otherwise. */
export function asStorageError(error: unknown): unknown {
  if (error instanceof StorageFullError) return error;
  return isQuotaError(error) ? new StorageFullError(error) : error;
}

/** A message for people, whatever went wrong while storing accounts. */
export function explainStorageError(error: unknown): string {
  if (isQuotaError(error)) return STORAGE_FULL_MESSAGE;
  const detail = error instanceof Error ? error.message : String(error);
  return `Could not save the accounts: ${detail}`;
}

/** The same, as a phrase the page words in its reader's language. */
export function storageErrorPhrase(error: unknown): Phrase {
  if (isQuotaError(error)) return phrase('storageFull');
  return phrase('storageFailed', error instanceof Error ? error.message : String(error));
}
