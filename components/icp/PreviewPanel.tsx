import { useId, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from '../../lib/i18n/react';
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
  const i18n = useI18n();
  const { t } = i18n;
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
      setNotice(t('previewFromTab', found.name));
    } else setNotice(t('previewNoTab'));
  };

  return (
    <section className="icp-card icp-preview" aria-labelledby={`${id}-preview`}>
      <h3 id={`${id}-preview`}>{t('previewHeading')}</h3>
      <label htmlFor={`${id}-facts`}>{t('previewFacts')}</label>
      <textarea
        id={`${id}-facts`}
        rows={8}
        spellCheck={false}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="icp-row">
        <button type="button" onClick={() => void fromTab()}>
          {t('previewUseTab')}
        </button>
        {notice ? <span className="icp-muted">{notice}</span> : null}
      </div>
      {!facts.ok ? <p className="icp-problems">{i18n.say(facts.phrase)}</p> : null}
      {!icp ? <p className="icp-muted">{t('previewFixFirst')}</p> : null}
      {result ? (
        <div aria-live="polite">
          <p className="icp-score">
            <strong>
              {result.disqualified
                ? t('tierExcluded')
                : result.tier === null
                  ? t('tierUndecided', [...result.tierRange])
                  : t('tierLabel', result.tier)}
            </strong>
            {' · '}
            {t('previewScore', [
              i18n.number(result.score),
              i18n.number(result.potential),
              i18n.percent(result.coverage, 0),
            ])}
          </p>
          <ul className="icp-outcomes">
            {result.criteria.map((criterion) => (
              <li key={criterion.id} className={`icp-outcome-${criterion.outcome}`}>
                {OUTCOME_MARK[criterion.outcome]} {criterion.label}
                {criterion.role === 'must'
                  ? ` (${t('roleMust')})`
                  : criterion.role === 'exclude'
                    ? ` (${t('roleExclude')})`
                    : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
