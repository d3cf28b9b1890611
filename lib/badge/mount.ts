import type { TabResult } from '../messaging/protocol';
import type { BadgePosition } from '../storage/settings';
import type { BadgeStrings } from './strings';
import { BADGE_CSS } from './styles';
import { renderBadge, type BadgeState } from './view';

/**
 * The in-page badge: a host element with a closed shadow root (the page's scripts cannot reach
 * inside), fixed to the viewport, draggable, collapsible to a dot. Plain DOM, no dependencies.
 *
 * The page sees the host element and nothing else: the host carries only `data-icp-lens` (to
 * find a badge left by an earlier run) and its position; no score, tier, state or timing, which
 * would tell any page how the team rates it. Tests read the verdict inside the closed root
 * through the DevTools protocol, and timings go to the background (`pageTiming`).
 */

export interface BadgeOptions {
  strings: BadgeStrings;
  collapsed: boolean;
  position: BadgePosition;
  onCollapsedChange(collapsed: boolean): void;
  onPositionChange(position: BadgePosition): void;
  openFullView(): void;
  neverOnSite(): void;
}

export interface BadgeHandle {
  /** Shows a result (replacing any other). */
  show(tab: TabResult): void;
  setStrings(strings: BadgeStrings): void;
  setCollapsed(collapsed: boolean): void;
  remove(): void;
}

export const BADGE_HOST_TAG = 'icp-lens-badge';
const DRAG_THRESHOLD = 4;
const MAX_REATTACH = 5;

export function mountBadge(doc: Document, options: BadgeOptions): BadgeHandle {
  // Idempotent: a badge left by an earlier run of the content script (extension reloaded) goes.
  doc.querySelectorAll(`${BADGE_HOST_TAG}[data-icp-lens="badge"]`).forEach((old) => old.remove());

  const host = doc.createElement(BADGE_HOST_TAG);
  host.setAttribute('data-icp-lens', 'badge');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  const container = doc.createElement('div');
  container.className = 'w';
  root.append(style, container);

  let strings = options.strings;
  let state: BadgeState = options.collapsed ? 'dot' : 'pill';
  let position = { ...options.position };
  let current: TabResult | undefined;
  let removed = false;
  let reattached = 0;

  const place = () => {
    const view = doc.defaultView;
    const maxRight = Math.max(0, (view?.innerWidth ?? 800) - 40);
    const maxBottom = Math.max(0, (view?.innerHeight ?? 600) - 40);
    position = {
      right: Math.min(Math.max(0, Math.round(position.right)), maxRight),
      bottom: Math.min(Math.max(0, Math.round(position.bottom)), maxBottom),
    };
    // Read by :host (styles.ts); inline !important beats any page rule setting them.
    host.style.setProperty('--icp-lens-right', `${position.right}px`, 'important');
    host.style.setProperty('--icp-lens-bottom', `${position.bottom}px`, 'important');
  };

  const draw = () => {
    if (!current) return;
    const focused = root.activeElement?.className;
    renderBadge(container, current, state, strings, actions);
    // Keep keyboard focus on the control that was used, across re-renders.
    const again = focused && container.querySelector<HTMLElement>(`.${focused.split(' ')[0]}`);
    (again || (focused ? container.querySelector<HTMLElement>('.pill, .dot') : null))?.focus();
  };

  const setState = (next: BadgeState) => {
    if (next === state) return;
    const wasDot = state === 'dot';
    state = next;
    if ((next === 'dot') !== wasDot) options.onCollapsedChange(next === 'dot');
    draw();
  };

  const actions = {
    toggle: () => setState(state === 'expanded' ? 'pill' : 'expanded'),
    collapse: () => setState('dot'),
    expand: () => setState('pill'),
    openFullView: () => options.openFullView(),
    neverOnSite: () => options.neverOnSite(),
  };

  // Dragging: a press that moves more than a few pixels moves the badge instead of clicking it.
  // Moves are followed on the window: the pointer leaves the small badge at once.
  let drag: { x: number; y: number; right: number; bottom: number; moved: boolean } | undefined;
  let swallowClick = false;
  const view = doc.defaultView;
  const onMove = (event: PointerEvent) => {
    if (!drag) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    drag.moved = true;
    position = { right: drag.right - dx, bottom: drag.bottom - dy };
    place();
  };
  const endDrag = () => {
    view?.removeEventListener('pointermove', onMove, true);
    view?.removeEventListener('pointerup', endDrag, true);
    view?.removeEventListener('pointercancel', endDrag, true);
    if (drag?.moved) {
      swallowClick = true;
      options.onPositionChange(position);
    }
    drag = undefined;
  };
  container.addEventListener('pointerdown', (event) => {
    const target = event.target as Element | null;
    if (event.button !== 0 || !target?.closest('.pill, .dot')) return;
    drag = { x: event.clientX, y: event.clientY, ...position, moved: false };
    view?.addEventListener('pointermove', onMove, true);
    view?.addEventListener('pointerup', endDrag, true);
    view?.addEventListener('pointercancel', endDrag, true);
  });
  container.addEventListener(
    'click',
    (event) => {
      if (!swallowClick) return;
      swallowClick = false;
      event.stopPropagation();
    },
    true,
  );
  container.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && state === 'expanded') setState('pill');
  });

  // A page that removes foreign elements gets the badge back, a few times at most.
  const observer = new MutationObserver(() => {
    if (removed || host.isConnected || reattached >= MAX_REATTACH) return;
    reattached++;
    doc.documentElement.append(host);
  });

  place();
  return {
    show(tab) {
      current = tab;
      draw();
      if (!host.isConnected) {
        // On <html>, not <body>: a transformed or hidden body cannot take the badge with it.
        doc.documentElement.append(host);
        observer.observe(doc.documentElement, { childList: true });
      }
    },
    setStrings(next) {
      strings = next;
      draw();
    },
    setCollapsed(collapsed) {
      if (collapsed !== (state === 'dot')) {
        state = collapsed ? 'dot' : 'pill';
        draw();
      }
    },
    remove() {
      removed = true;
      endDrag();
      observer.disconnect();
      host.remove();
    },
  };
}
