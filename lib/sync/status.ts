import type { IcpProblem } from '../icp/validate';
import type { SyncErrorCode } from './fetch-document';

/** What the last sync of one source did, in words for the ICP tab and the popup. */
export interface SourceStatus {
  url: string;
  /** `updated`: a new version was accepted; `unchanged`: 304 or same document; `error`. */
  state: 'updated' | 'unchanged' | 'error';
  checkedAt: number;
  /** One sentence a user can act on, saying which version stays active after an error. */
  message: string;
  code?: SyncErrorCode;
  /** Schema problems with their JSON paths. */
  problems?: IcpProblem[];
  /** The ICP this source currently provides, if any. */
  icpId?: string;
  version?: number;
  lastSuccessAt?: number;
}
