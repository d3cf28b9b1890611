/**
 * How a tier looks: ICPs name their own tiers, so colour follows a tier's rank among the ICP's
 * tiers (best first), not its label. Shared by the in-page badge, the toolbar badge and the
 * extension pages. No imports with runtime code: the content script bundles this.
 */

export type Tone = 'top' | 'good' | 'fair' | 'low' | 'excluded' | 'none';

/** The tier label scoring uses for disqualified companies (EXCLUDED_TIER in lib/icp/schema). */
export const EXCLUDED = 'excluded';

/** Tone of `tier` given the ICP's tiers; unknown labels are `none`. */
export function tierTone(tier: string, tiers: readonly { label: string; min: number }[]): Tone {
  if (tier === EXCLUDED) return 'excluded';
  const ordered = [...tiers].sort((a, b) => b.min - a.min);
  const rank = ordered.findIndex((entry) => entry.label === tier);
  if (rank < 0) return 'none';
  if (rank === 0) return 'top';
  if (rank === ordered.length - 1) return 'low';
  return rank === 1 ? 'good' : 'fair';
}

/**
 * Background and text colours per tone; every pair has a contrast ratio of at least 4.5:1 so
 * the badge reads the same on light and dark pages.
 */
export const TONE_COLORS: Readonly<Record<Tone, { background: string; text: string }>> = {
  top: { background: '#166534', text: '#ffffff' },
  good: { background: '#1d4ed8', text: '#ffffff' },
  fair: { background: '#b45309', text: '#ffffff' },
  low: { background: '#4b5563', text: '#ffffff' },
  excluded: { background: '#991b1b', text: '#ffffff' },
  none: { background: '#6b7280', text: '#ffffff' },
};
