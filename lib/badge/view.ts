import type { TabResult } from '../messaging/protocol';
import type { CriterionResult, GuessNoteKey, ScoreResult } from '../score/result';
import { disqualificationReason, disqualifications } from '../score/disqualifications';
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
  const guessed = evidence.guess
    ? t.guessedFrom[criterion.notePhrase?.key as GuessNoteKey]
    : undefined;
  if (guessed) return guessed(evidence.value);
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
  const excluded = disqualifications(tab.results);
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
    ...excluded.map((entry) =>
      el(doc, 'p', { class: 'a' }, t.excludedBy(entry.icp.name, disqualificationReason(entry))),
    ),
    el(doc, 'p', { class: 'm i' }, t.icpVersion(best.icp.name, best.icp.version)),
    el(
      doc,
      'p',
      { class: 'm' },
      best.tier === null
        ? t.undecided(best.tierRange)
        : `${t.tier(best.tier)} · ${t.score(best.score)}`,
    ),
    best.deciding.length > 0 &&
      el(doc, 'p', { class: 'm' }, t.deciding(labelsOf(best, best.deciding))),
    best.potential > best.score &&
      el(doc, 'p', { class: 'm r' }, t.range(best.score, best.potential)),
    el(doc, 'p', { class: 'm v' }, t.coverage(best.checked, best.total)),
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
                ? t.labelled(r.icp.name, `${t.tier('excluded')} (${exclusions(r)})`)
                : r.tier === null
                  ? t.labelled(r.icp.name, t.undecided(r.tierRange))
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
  // A disqualification by any ICP leads; an undecided verdict shows `?` and the tiers possible.
  const excluded = disqualifications(tab.results)[0];
  const label = excluded
    ? t.excludedBy(excluded.icp.name, disqualificationReason(excluded))
    : best.tier === null
      ? t.undecidedLabel(best.tierRange, company)
      : t.badgeLabel(best.tier, best.score, company);
  const pill = el(
    doc,
    'button',
    {
      type: 'button',
      class: 'pill',
      'aria-expanded': String(state === 'expanded'),
      'aria-label': label,
    },
    el(doc, 'span', { class: 't' }, excluded ? '✕' : (best.tier ?? '?')),
    el(
      doc,
      'span',
      { class: 's' },
      excluded || best.tier !== null ? String(best.score) : best.tierRange.join('…'),
    ),
  );
  pill.addEventListener('click', act.toggle);
  if (state === 'expanded') container.append(panel(doc, tab, best, t, act));
  container.append(pill);
}
