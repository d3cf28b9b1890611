import { useState } from 'react';
import { describeMovement } from '../../lib/accounts/movement';
import type { AccountRun } from '../../lib/accounts/types';
import { useI18n } from '../../lib/i18n/react';

const DISMISSED = 'icp-lens:accounts:dismissedRun';

/**
 * What the latest ICP change did to the list: progress while rescoring, then the summary
 * ("14 accounts moved up to A, 3 dropped to D") with a button showing the moved accounts.
 */
export function MovementBanner({
  run,
  onShowMoved,
}: {
  run: AccountRun | undefined;
  onShowMoved: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [dismissed, setDismissed] = useState(() =>
    Number(globalThis.localStorage?.getItem(DISMISSED) ?? -1),
  );
  if (!run || run.id === dismissed) return null;
  if (run.state === 'running')
    return (
      <p className="notice acc-banner" role="status">
        {t('movementRescoring', [i18n.number(run.summary.rescored), i18n.number(run.total)])}
      </p>
    );
  if (run.state !== 'done') return null;
  const moved = run.summary.moves.reduce((sum, move) => sum + move.count, 0);
  return (
    <div className="notice acc-banner" role="status" data-run={run.id}>
      <span className="acc-movement">{describeMovement(run.summary, i18n)}</span>
      {moved > 0 && (
        <button type="button" className="link-button" onClick={onShowMoved}>
          {t('movementShowMoved')}
        </button>
      )}
      <button
        type="button"
        className="icon-button"
        aria-label={t('dismiss')}
        onClick={() => {
          localStorage.setItem(DISMISSED, String(run.id));
          setDismissed(run.id ?? -1);
        }}
      >
        ✕
      </button>
    </div>
  );
}
