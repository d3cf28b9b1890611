import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { isValidFactValue } from '../../lib/corrections/parse';
import { listCorrections } from '../../lib/corrections/store';
import { database } from '../../lib/db/database';
import { FACT_FIELDS, type FactField } from '../../lib/facts/schema';
import { useI18n } from '../../lib/i18n/react';
import { clearCompanyCorrections } from '../../lib/corrections/rescore';
import { fieldLabel, formatFactValue } from '../result/format';

/** The facts the user corrected, per company, each company removable (Settings). */
export function SettingsCorrections() {
  const { t, locale } = useI18n();
  const id = useId();
  const rows = useLiveQuery(() => listCorrections(database()), []);
  const describe = (values: Record<string, unknown>) =>
    FACT_FIELDS.filter((field) => field in values)
      .flatMap((field: FactField) => {
        const value = values[field];
        return isValidFactValue(field, value)
          ? [t('labelledValue', [fieldLabel(t, field), formatFactValue(field, value, locale)])]
          : [];
      })
      .join(' · ');

  return (
    <div className="setting">
      <h3 id={`${id}-corrections`}>{t('settingsCorrectionsHeading')}</h3>
      {rows && rows.length > 0 ? (
        <ul className="site-list" aria-labelledby={`${id}-corrections`}>
          {rows.map((row) => (
            <li key={row.companyKey}>
              <span>
                <span className="site-name">{row.companyKey}</span>
                <span className="setting-hint"> {describe(row.values)}</span>
              </span>
              <button
                type="button"
                aria-label={t('settingsCorrectionsRemoveLabel', row.companyKey)}
                onClick={() => void clearCompanyCorrections(row.companyKey)}
              >
                {t('settingsSiteRemove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="setting-hint">{t('settingsCorrectionsEmpty')}</p>
      )}
    </div>
  );
}
