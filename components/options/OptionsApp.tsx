import { useEffect, useState, type ReactNode } from 'react';
import { AccountsTab } from './AccountsTab';
import { DeriveTab } from './DeriveTab';
import { IcpTab } from './IcpTab';
import { SettingsTab } from './SettingsTab';

/** Each tab is one feature's component; the hash (#accounts…) selects it so links can open one. */
const TABS: { id: string; label: string; render: () => ReactNode }[] = [
  { id: 'icp', label: 'ICP', render: () => <IcpTab /> },
  { id: 'accounts', label: 'Accounts', render: () => <AccountsTab /> },
  { id: 'derive', label: 'Learn from customers', render: () => <DeriveTab /> },
  { id: 'settings', label: 'Settings', render: () => <SettingsTab /> },
];

function tabFromHash(): string {
  const id = location.hash.replace(/^#/, '').split('/')[0];
  return TABS.some((tab) => tab.id === id) ? (id as string) : 'icp';
}

export function OptionsApp() {
  const [current, setCurrent] = useState(tabFromHash);
  useEffect(() => {
    const onHash = () => setCurrent(tabFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const tab = TABS.find((candidate) => candidate.id === current) ?? TABS[0]!;
  return (
    <div className="options">
      <nav role="tablist" aria-label="ICP Lens">
        {TABS.map((candidate) => (
          <a
            key={candidate.id}
            role="tab"
            href={`#${candidate.id}`}
            aria-selected={candidate.id === current}
          >
            {candidate.label}
          </a>
        ))}
      </nav>
      <main role="tabpanel">{tab.render()}</main>
    </div>
  );
}
