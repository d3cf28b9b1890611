import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { FactField, FactValue } from '../../lib/facts/schema';
import { openSidePanel } from '../../lib/full-view/open';
import { ChosenLocaleProvider } from '../../lib/i18n/chosen-locale';
import { useI18n } from '../../lib/i18n/react';
import { pageKind, siteOf } from '../../lib/pages/detect';
import { disabledSitesItem, pausedItem, toggleSite } from '../../lib/storage/settings';
import { syncStatusItem } from '../../lib/sync/settings';
import { syncAlert } from '../../lib/sync/summary';
import { correctFact, revertFact } from './corrections';
import { ResultView } from './ResultView';
import { viewStatus } from './status';
import { StatusNotice } from './StatusNotice';
import { Switch } from './Switch';
import { useSetting, useTabResult, useTargetTab } from './use-tab';
import { WithheldAlert } from './WithheldAlert';
import './base.css';
import './result.css';

type Mode = 'popup' | 'sidepanel';

/** The side view beside the page (the popup closes: the side view shows the same result). */
async function openSideView(windowId: number | undefined): Promise<void> {
  await openSidePanel({ windowId });
  window.close();
}

async function openOptions(tab: 'settings' | 'icp'): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${tab}`) });
  window.close();
}

function Page({ mode }: { mode: Mode }) {
  const { t } = useI18n();
  const tab = useTargetTab(mode === 'sidepanel');
  const [result, setResult] = useTabResult(tab?.id);
  const [paused, setPaused] = useSetting(pausedItem);
  const [disabledSites, setDisabledSites] = useSetting(disabledSitesItem);
  const [syncStatuses] = useSetting(syncStatusItem);
  const alert = syncStatuses ? syncAlert(syncStatuses) : undefined;
  const [failure, setFailure] = useState<string | undefined>();
  const status = viewStatus({
    url: tab === null ? null : tab?.url,
    paused,
    disabledSites,
    result,
  });
  const site = tab?.url ? siteOf(tab.url) : '';
  const siteApplies = tab?.url !== undefined && pageKind(tab.url) !== 'none';
  const siteOff = Boolean(site && disabledSites?.includes(site));
  const ready = status.kind === 'ready' ? status.result : undefined;
  const heading = ready?.facts.facts.name?.value ?? (siteApplies ? site : t('appTitle'));

  const onCorrect = async (field: FactField, value: FactValue<FactField>) => {
    if (!ready) return;
    setResult((await correctFact(ready, field, value)) ?? ready);
  };
  const onRevert = async (field: FactField) => {
    if (!ready) return;
    try {
      setFailure(undefined);
      setResult((await revertFact(ready, field)) ?? ready);
    } catch (error) {
      setFailure(String(error));
    }
  };

  return (
    <div className={`page page-${mode}`}>
      <header className="page-header">
        <h1 className="company-name" data-testid="company-name">
          {heading}
        </h1>
        <div className="page-controls" role="group" aria-label={t('popupToolbarLabel')}>
          <Switch
            name="pause"
            checked={paused ?? false}
            disabled={paused === undefined}
            label={t('pauseEverywhere')}
            onChange={(on) => void setPaused(on)}
          />
          {siteApplies && site && (
            <Switch
              name="site-off"
              checked={siteOff}
              disabled={disabledSites === undefined}
              label={t('neverOnSite', site)}
              onChange={(on) => void setDisabledSites(toggleSite(disabledSites ?? [], site, on))}
            />
          )}
          <div className="page-links">
            {mode === 'popup' && (
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  openSideView(tab?.windowId).catch((error: unknown) => setFailure(String(error)))
                }
              >
                {t('openSidePanel')}
              </button>
            )}
            <button
              type="button"
              className="link-button"
              onClick={() => void openOptions('settings')}
            >
              {t('openSettings')}
            </button>
          </div>
        </div>
      </header>
      <main className="page-main">
        {alert && (
          <p className="notice notice-sync" role="status">
            {alert.message}{' '}
            <button type="button" className="link-button" onClick={() => void openOptions('icp')}>
              {t('syncAlertOpen')}
            </button>
          </p>
        )}
        <WithheldAlert onOpen={() => void openOptions('icp')} />
        {failure && (
          <p className="problem" role="alert">
            {t('statusError', failure)}
          </p>
        )}
        {status.kind === 'ready' ? (
          <ResultView result={status.result} onCorrect={onCorrect} onRevert={onRevert} />
        ) : (
          <StatusNotice status={status} />
        )}
      </main>
    </div>
  );
}

/** The popup or the side panel: the tab's result with its controls, in the chosen language. */
export function ResultPage({ mode }: { mode: Mode }) {
  return (
    <ChosenLocaleProvider>
      <Page mode={mode} />
    </ChosenLocaleProvider>
  );
}
