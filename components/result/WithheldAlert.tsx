import { useI18n } from '../../lib/i18n/react';
import { withheldSummaryItem } from '../../lib/sync/withheld-summary';
import { useSetting } from './use-tab';

/**
 * One line in the popup and side panel when ICPs do not score for want of a signature with the
 * configured public key (or when nothing does), with a way to the ICP tab that says more.
 */
export function WithheldAlert({ onOpen }: { onOpen: () => void }) {
  const { t } = useI18n();
  const [summary] = useSetting(withheldSummaryItem);
  if (!summary || (!summary.names.length && !summary.nothingScores)) return null;
  const text = summary.names.length
    ? t('withheldPopup', summary.names.map((name) => t('quotedName', name)).join(', '))
    : t('withheldPopupNothing');
  return (
    <p className="notice notice-sync" role="status">
      {text}{' '}
      <button type="button" className="link-button" onClick={onOpen}>
        {t('syncAlertOpen')}
      </button>
    </p>
  );
}
