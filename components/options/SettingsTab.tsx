import { useId } from 'react';
import { useI18n } from '../../lib/i18n/react';
import { browserLocale } from '../../lib/i18n/chosen-locale';
import type { LanguageSetting } from '../../lib/i18n/locales';
import {
  disabledSitesItem,
  languageItem,
  linkedinBadgeItem,
  pausedItem,
  toggleSite,
} from '../../lib/storage/items';
import { Switch } from '../result/Switch';
import { SettingsCorrections } from './SettingsCorrections';
import { useStorageItem } from '../common/use-storage-item';
import '../result/base.css';
import './settings.css';

const LANGUAGE_NAMES = { en: 'languageEn', fr: 'languageFr' } as const;

/**
 * Settings: interface language, pause, the LinkedIn in-page badge, the sites where ICP Lens is
 * off, and what stays on the device. Every change applies at once, in every open page.
 */
export function SettingsTab() {
  const { t } = useI18n();
  const id = useId();
  const [language, setLanguage] = useStorageItem(languageItem);
  const [paused, setPaused] = useStorageItem(pausedItem);
  const [linkedinBadge, setLinkedinBadge] = useStorageItem(linkedinBadgeItem);
  const [sites, setSites] = useStorageItem(disabledSitesItem);

  return (
    <section className="settings" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('settingsHeading')}</h2>

      <div className="setting">
        <label htmlFor={`${id}-language`}>{t('settingsLanguage')}</label>
        <select
          id={`${id}-language`}
          value={language ?? 'auto'}
          disabled={language === undefined}
          onChange={(event) => void setLanguage(event.target.value as LanguageSetting)}
        >
          <option value="auto">{t('languageAuto', t(LANGUAGE_NAMES[browserLocale()]))}</option>
          <option value="en" lang="en">
            {t('languageEn')}
          </option>
          <option value="fr" lang="fr">
            {t('languageFr')}
          </option>
        </select>
      </div>

      <div className="setting">
        <Switch
          name="settings-pause"
          checked={paused ?? false}
          disabled={paused === undefined}
          label={t('settingsPause')}
          onChange={(on) => void setPaused(on)}
        />
        <p className="setting-hint">{t('settingsPauseHint')}</p>
      </div>

      <div className="setting">
        <Switch
          name="settings-linkedin-badge"
          checked={linkedinBadge ?? false}
          disabled={linkedinBadge === undefined}
          label={t('settingsLinkedinBadge')}
          onChange={(on) => void setLinkedinBadge(on)}
        />
        <p className="setting-hint">{t('settingsLinkedinBadgeHint')}</p>
      </div>

      <div className="setting">
        <h3 id={`${id}-sites`}>{t('settingsSitesHeading')}</h3>
        {sites && sites.length > 0 ? (
          <ul className="site-list" aria-labelledby={`${id}-sites`}>
            {sites.map((site) => (
              <li key={site}>
                <span className="site-name">{site}</span>
                <button
                  type="button"
                  aria-label={t('settingsSiteRemoveLabel', site)}
                  onClick={() => void setSites(toggleSite(sites, site, false))}
                >
                  {t('settingsSiteRemove')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="setting-hint">{t('settingsSitesEmpty')}</p>
        )}
      </div>

      <SettingsCorrections />

      <div className="setting privacy">
        <h3>{t('settingsPrivacyHeading')}</h3>
        <p>{t('settingsPrivacy')}</p>
      </div>
    </section>
  );
}
