import type { Phrase } from '../i18n/phrase';
import type { I18n } from '../i18n/translate';
import type { IcpProblem } from '../icp/validate';

/**
 * The sync status of each source as stored (lib/storage/items.ts) and shown by the ICP tab and
 * the popup. Types only: the storage module defines its items with them.
 */

/** Why a source's document was not accepted (lib/sync/fetch-document.ts). */
export type SyncErrorCode =
  | 'bad-url'
  | 'network'
  | 'timeout'
  | 'http'
  | 'redirect'
  | 'insecure-redirect'
  | 'too-large'
  | 'not-json'
  | 'invalid'
  | 'signature';

/** What the last sync of one source did, in words for the ICP tab and the popup. */
export interface SourceStatus {
  url: string;
  /** `updated`: a new version was accepted; `unchanged`: 304 or same document; `error`. */
  state: 'updated' | 'unchanged' | 'error';
  checkedAt: number;
  /** One sentence a user can act on, saying which version stays active after an error (English). */
  message: string;
  /** The same in the catalogue's words, sentence by sentence, for the reader's language. */
  phrases?: Phrase[];
  code?: SyncErrorCode;
  /** Schema problems with their JSON paths. */
  problems?: IcpProblem[];
  /** The ICP this source currently provides, if any. */
  icpId?: string;
  version?: number;
  lastSuccessAt?: number;
}

/** A status in the reader's language; statuses stored before phrases existed keep their English. */
export function describeStatus(status: Pick<SourceStatus, 'message' | 'phrases'>, i18n: I18n) {
  return status.phrases?.length
    ? status.phrases.map((said) => i18n.say(said)).join(' ')
    : status.message;
}
