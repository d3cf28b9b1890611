import { useId, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { parseFactsInput } from '../../lib/icp/draft';
import type { Icp } from '../../lib/icp/schema';
import { sendMessage } from '../../lib/messaging/protocol';
import { scoreCompany } from '../../lib/score/score';

const OUTCOME_MARK = { match: '✓', miss: '✗', unknown: '?' } as const;

/** The facts of the company in the active tab of any window, from the background's results. */
async function currentTabFacts(): Promise<{ name: string; json: string } | undefined> {
  const tabs = await browser.tabs.query({ active: true });
  const results = await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? null
        : sendMessage('getTabResult', { tabId: tab.id }).catch(() => null),
    ),
  );
  const latest = results
    .filter((result) => result !== null)
    .sort((a, b) => b.updatedAt - a.updatedAt)[0];
  if (!latest) return undefined;
  return {
    name: latest.facts.facts.name?.value ?? latest.identity,
    json: JSON.stringify(latest.facts, null, 2),
  };
}

/**
 * Live preview while editing: scores a pasted facts JSON (or the current tab's company) against
 * the ICP being edited, so the effect of a weight or a threshold is seen at once.
 */
export function PreviewPanel({ icp }: { icp: Icp | undefined }) {
  const id = useId();
  const [text, setText] = useState(
    '{\n  "name": "Nordlys Analytics",\n  "employees": { "min": 51, "max": 200 },\n  "country": "NO",\n  "industry": "Software Development",\n  "technologies": ["HubSpot"]\n}',
  );
  const [notice, setNotice] = useState('');
  const facts = useMemo(() => parseFactsInput(text), [text]);
  const result = useMemo(
    () => (icp && facts.ok ? scoreCompany(facts.facts, icp) : undefined),
    [icp, facts],
  );

  const fromTab = async () => {
    const found = await currentTabFacts().catch(() => undefined);
    if (found) {
      setText(found.json);
      setNotice(`Facts of ${found.name} from the current tab.`);
    } else setNotice('No company is scored in an open tab right now.');
  };

  return (
    <section className="icp-card icp-preview" aria-labelledby={`${id}-preview`}>
      <h3 id={`${id}-preview`}>Preview</h3>
      <label htmlFor={`${id}-facts`}>Company facts (JSON)</label>
      <textarea
        id={`${id}-facts`}
        rows={8}
        spellCheck={false}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="icp-row">
        <button type="button" onClick={() => void fromTab()}>
          Use the current tab's company
        </button>
        {notice ? <span className="icp-muted">{notice}</span> : null}
      </div>
      {!facts.ok ? <p className="icp-problems">{facts.message}</p> : null}
      {!icp ? <p className="icp-muted">Fix the problems above to see a score.</p> : null}
      {result ? (
        <div aria-live="polite">
          <p className="icp-score">
            <strong>
              {result.disqualified
                ? 'Excluded'
                : `Tier ${result.tier ?? `? (${result.tierRange.join(' … ')})`}`}
            </strong>{' '}
            · score {result.score} (up to {result.potential}) · coverage{' '}
            {Math.round(result.coverage * 100)}%
          </p>
          <ul className="icp-outcomes">
            {result.criteria.map((criterion) => (
              <li key={criterion.id} className={`icp-outcome-${criterion.outcome}`}>
                {OUTCOME_MARK[criterion.outcome]} {criterion.label}
                {criterion.role === 'must'
                  ? ' (must)'
                  : criterion.role === 'exclude'
                    ? ' (exclude)'
                    : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
