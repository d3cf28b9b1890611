import type { TabResult } from '../messaging/protocol';
import type { CriterionResult, ScoreResult } from '../score/result';
import type { BadgeStrings } from './strings';

/**
 * Builds the badge's DOM from a result. Every page-derived string goes in as text
 * (textContent / attributes), never as markup, so a company name cannot script the badge.
 */

export type BadgeState = 'pill' | 'expanded' | 'dot';

export interface BadgeActions {
  toggle(): void;
  collapse(): void;
  expand(): void;
  openFullView(): void;
  neverOnSite(): void;
}

type Child = Node | string | null | undefined | false;

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return node;
}

const MARKS = { match: '✓', miss: '✗', unknown: '?' } as const;

function labelsOf(result: ScoreResult, ids: readonly string[]): string {
  return ids.map((id) => result.criteria.find((c) => c.id === id)?.label ?? id).join(', ');
}

function evidenceLine(criterion: CriterionResult, t: BadgeStrings): string {
  const evidence = criterion.evidence;
  if (!evidence) return t.notOnPage;
  const source = evidence.edited ? t.editedByYou : t.sources[evidence.source];
  const value = evidence.value.slice(0, 140);
  const snippet = evidence.edited ? undefined : evidence.snippet?.slice(0, 140);
  // A snippet that already shows the value says it better alone.
  if (snippet && snippet.toLowerCase().includes(value.toLowerCase()))
    return `“${snippet}” (${source})`;
  return `${value}${snippet ? ` “${snippet}”` : ''} (${source})`;
}

function criterionItem(doc: Document, criterion: CriterionResult, t: BadgeStrings): HTMLElement {
  const outcome = criterion.outcome;
  return el(
    doc,
    'li',
    { class: outcome, 'data-criterion': criterion.id, 'data-outcome': outcome },
    el(doc, 'span', { class: 'k', role: 'img', 'aria-label': t.outcome[outcome] }, MARKS[outcome]),
    el(doc, 'span', {}, criterion.label),
    el(doc, 'span', { class: 'e' }, evidenceLine(criterion, t)),
  );
}

/** "Not a competitor (rival.com)": the exclude criteria that matched, with the fact behind them. */
function exclusions(result: ScoreResult): string {
  return result.criteria
    .filter((c) => c.role === 'exclude' && c.outcome === 'match')
    .map((c) => `${c.label}${c.evidence ? ` (${c.evidence.value})` : ''}`)
    .join(', ');
}

function panel(
  doc: Document,
  tab: TabResult,
  best: ScoreResult,
  t: BadgeStrings,
  act: BadgeActions,
): HTMLElement {
  const scored = best.criteria.filter((c) => c.role !== 'exclude');
  const company = tab.facts.facts.name?.value;
  const button = (cls: string, label: string, text: string, onClick: () => void) => {
    const node = el(doc, 'button', { type: 'button', class: cls, 'aria-label': label }, text);
    node.addEventListener('click', onClick);
    return node;
  };
  const others = tab.results.slice(1);
  return el(
    doc,
    'section',
    { class: 'p', role: 'region', 'aria-label': t.details },
    el(
      doc,
      'div',
      { class: 'h' },
      el(doc, 'b', {}, company ?? tab.identity),
      button('c', t.collapse, '–', act.collapse),
      button('x', t.close, '×', act.toggle),
    ),
    el(doc, 'p', { class: 'm i' }, t.icpVersion(best.icp.name, best.icp.version)),
    el(doc, 'p', { class: 'm' }, `${t.tier(best.tier)} · ${t.score(best.score)}`),
    best.potential > best.score &&
      el(doc, 'p', { class: 'm r' }, t.range(best.score, best.potential)),
    el(doc, 'p', { class: 'm v' }, t.coverage(best.checked, best.total)),
    best.disqualified && el(doc, 'p', { class: 'a' }, t.disqualified(exclusions(best))),
    best.mustMissed.length > 0 &&
      el(doc, 'p', { class: 'a' }, t.mustMissed(labelsOf(best, best.mustMissed))),
    best.mustUnknown.length > 0 &&
      el(doc, 'p', { class: 'm' }, t.mustUnknown(labelsOf(best, best.mustUnknown))),
    el(doc, 'ul', {}, ...scored.map((criterion) => criterionItem(doc, criterion, t))),
    others.length > 0 &&
      el(
        doc,
        'p',
        { class: 'm' },
        t.labelled(
          t.alsoScored,
          others
            .map((r) =>
              r.disqualified
                ? t.labelled(r.icp.name, `${t.tier(r.tier)} (${exclusions(r)})`)
                : t.labelled(r.icp.name, `${t.tier(r.tier)}, ${t.score(r.score)}`),
            )
            .join(' · '),
        ),
      ),
    el(
      doc,
      'div',
      { class: 'f' },
      button('o', t.openFullView, t.openFullView, act.openFullView),
      button('q', t.neverOnSite, t.neverOnSite, act.neverOnSite),
    ),
  );
}

/** Renders the badge for `tab`'s best result into `container`, replacing what was there. */
export function renderBadge(
  container: HTMLElement,
  tab: TabResult,
  state: BadgeState,
  t: BadgeStrings,
  act: BadgeActions,
): void {
  const doc = container.ownerDocument;
  const best = tab.results[0];
  container.replaceChildren();
  if (!best) return;
  container.setAttribute('data-tone', tab.tone);
  const company = tab.facts.facts.name?.value ?? '';
  if (state === 'dot') {
    const dot = el(doc, 'button', { type: 'button', class: 'dot', 'aria-label': t.showBadge });
    dot.addEventListener('click', act.expand);
    container.append(dot);
    return;
  }
  const pill = el(
    doc,
    'button',
    {
      type: 'button',
      class: 'pill',
      'aria-expanded': String(state === 'expanded'),
      'aria-label': t.badgeLabel(best.tier, best.score, company),
    },
    el(doc, 'span', { class: 't' }, best.tier === 'excluded' ? '✕' : best.tier),
    el(doc, 'span', { class: 's' }, String(best.score)),
  );
  pill.addEventListener('click', act.toggle);
  if (state === 'expanded') container.append(panel(doc, tab, best, t, act));
  container.append(pill);
}
