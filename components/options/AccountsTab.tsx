import { AccountsPage } from '../accounts/AccountsPage';

/** The Accounts tab: the list of scored companies (components/accounts/). */
export function AccountsTab() {
  return <AccountsPage />;
}
