import { useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '../../lib/i18n/react';
import type { MessageKey } from '../../lib/i18n/messages';
import { AccountsTab } from './AccountsTab';
import { DeriveTab } from './DeriveTab';
import { IcpTab } from './IcpTab';
import { SettingsTab } from './SettingsTab';
import '../result/base.css';
import './options.css';

/** Each tab is one feature's component; the hash (#accounts…) selects it so links can open one. */
const TABS: { id: string; label: MessageKey; render: () => ReactNode }[] = [
  { id: 'icp', label: 'tabIcp', render: () => <IcpTab /> },
  { id: 'accounts', label: 'tabAccounts', render: () => <AccountsTab /> },
  { id: 'derive', label: 'tabDerive', render: () => <DeriveTab /> },
  { id: 'settings', label: 'tabSettings', render: () => <SettingsTab /> },
];

function tabFromHash(): string {
  const id = location.hash.replace(/^#/, '').split('/')[0];
  return TABS.some((tab) => tab.id === id) ? (id as string) : 'icp';
}

export function OptionsApp() {
  const { t } = useI18n();
  const [current, setCurrent] = useState(tabFromHash);
  useEffect(() => {
    const onHash = () => setCurrent(tabFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const tab = TABS.find((candidate) => candidate.id === current) ?? TABS[0]!;
  return (
    <div className="options">
      <nav role="tablist" aria-label={t('optionsNavLabel')}>
        {TABS.map((candidate) => (
          <a
            key={candidate.id}
            role="tab"
            href={`#${candidate.id}`}
            aria-selected={candidate.id === current}
          >
            {t(candidate.label)}
          </a>
        ))}
      </nav>
      <main role="tabpanel">{tab.render()}</main>
    </div>
  );
}
