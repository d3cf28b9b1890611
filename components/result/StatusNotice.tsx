import { useI18n } from '../../lib/i18n/react';
import type { ViewStatus } from './status';

/** Says plainly why there is no score for the tab (paused, off here, not a company page…). */
export function StatusNotice({ status }: { status: Exclude<ViewStatus, { kind: 'ready' }> }) {
  const { t } = useI18n();
  const text = (() => {
    switch (status.kind) {
      case 'loading':
        return t('statusLoading');
      case 'no-tab':
        return t('statusNoTab');
      case 'paused':
        return t('statusPaused');
      case 'site-off':
        return t('statusSiteOff', status.site);
      case 'unsupported':
        return t('statusUnsupported');
      case 'pending':
        return t('statusPending');
      case 'no-icp':
        return t('statusNoIcp');
    }
  })();
  return (
    <p className={`notice notice-${status.kind}`} role="status" data-status={status.kind}>
      {text}
    </p>
  );
}
