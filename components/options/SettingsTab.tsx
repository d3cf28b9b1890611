/** Placeholder: Language, LinkedIn badge, paused sites (extension issue). */
export function SettingsTab() {
  return <section>Language, LinkedIn badge, paused sites (extension issue).</section>;
}
