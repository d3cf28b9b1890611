/** Placeholder: Scored accounts (accounts issue). */
export function AccountsTab() {
  return <section>Scored accounts (accounts issue).</section>;
}
