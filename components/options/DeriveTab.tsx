/** Placeholder: ICP from won and lost deals (derive issue). */
export function DeriveTab() {
  return <section>ICP from won and lost deals (derive issue).</section>;
}
