/** Placeholder: ICP sources, versions and editor (sync issue). */
export function IcpTab() {
  return <section>ICP sources, versions and editor (sync issue).</section>;
}
