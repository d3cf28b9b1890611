import { useId, useMemo, useState } from 'react';
import { icpToCsv } from '../../lib/sync/csv';
import { saveLocalIcp } from '../../lib/sync/local';
import {
  documentFromDraft,
  newCriterion,
  problemsOfCriterion,
  type Draft,
  type DraftCriterion,
} from '../../lib/icp/draft';
import { criterionFields, type CriterionField } from '../../lib/icp/schema';
import { formatProblems, parseIcp } from '../../lib/icp/validate';
import { CriterionEditor } from './CriterionEditor';
import { downloadText } from '../common/download';
import { PreviewPanel } from './PreviewPanel';

/**
 * The form-based ICP editor: details, tiers and criteria, validated on every change (problems
 * shown with their JSON paths next to the criterion), a live preview, export to JSON and CSV,
 * and Save (a new local version). Read-only for synced ICPs and under the lockIcp policy.
 */
export function IcpEditor({
  initial,
  readOnly,
  readOnlyReason,
  onMakeCopy,
  onClose,
}: {
  initial: Draft;
  readOnly: boolean;
  readOnlyReason?: string;
  onMakeCopy?: () => void;
  onClose: () => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(initial);
  const [newField, setNewField] = useState<CriterionField>('industry');
  const [notice, setNotice] = useState('');
  const document = useMemo(() => documentFromDraft(draft), [draft]);
  const parsed = useMemo(() => parseIcp(document), [document]);
  const problems = parsed.ok ? [] : parsed.problems;
  const general = problems.filter((problem) => !/^criteria\[\d+\]/.test(problem.path));

  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const setCriterion = (key: number, next: DraftCriterion) =>
    setDraft((current) => ({
      ...current,
      criteria: current.criteria.map((criterion) => (criterion.key === key ? next : criterion)),
    }));

  const save = async () => {
    const result = await saveLocalIcp(document);
    setNotice(
      result.ok
        ? `Saved "${result.icp.name}" version ${result.icp.version}; open tabs are rescored with it.`
        : `Not saved: ${formatProblems(result.problems)}`,
    );
    if (result.ok) set({ version: result.icp.version });
  };

  const exportAs = (kind: 'json' | 'csv') => {
    if (!parsed.ok) return;
    if (kind === 'json')
      downloadText(
        `${parsed.icp.id}.json`,
        `${JSON.stringify({ $schema: 'https://icp-lens.dev/icp.schema.json', ...document }, null, 2)}\n`,
        'application/json',
      );
    else downloadText(`${parsed.icp.id}.csv`, icpToCsv(parsed.icp), 'text/csv');
  };

  return (
    <div className="icp-editor-layout">
      <section className="icp-card icp-editor" aria-labelledby={`${id}-editor`}>
        <h3 id={`${id}-editor`}>
          {readOnly ? 'View' : 'Edit'} “{draft.name}”
        </h3>
        {readOnly ? (
          <p className="icp-notice">
            {readOnlyReason}{' '}
            {onMakeCopy ? (
              <button type="button" onClick={onMakeCopy}>
                Make a local copy
              </button>
            ) : null}
          </p>
        ) : null}
        <fieldset disabled={readOnly} className="icp-grid">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            value={draft.name}
            onChange={(e) => set({ name: e.target.value })}
          />
          <label htmlFor={`${id}-id`}>Id</label>
          <input id={`${id}-id`} value={draft.id} onChange={(e) => set({ id: e.target.value })} />
          <label htmlFor={`${id}-version`}>Version</label>
          <input
            id={`${id}-version`}
            type="number"
            min={1}
            value={draft.version}
            onChange={(e) => set({ version: Number(e.target.value) })}
          />
          <label htmlFor={`${id}-description`}>Description</label>
          <textarea
            id={`${id}-description`}
            rows={2}
            value={draft.description ?? ''}
            onChange={(e) => set({ description: e.target.value || undefined })}
          />
        </fieldset>

        <fieldset disabled={readOnly} className="icp-tiers">
          <legend>Tiers (score from which a company reaches each)</legend>
          {draft.tiers.map((tier, index) => (
            <div className="icp-row" key={index}>
              <input
                aria-label={`Tier ${index + 1} label`}
                value={tier.label}
                size={6}
                onChange={(e) =>
                  set({
                    tiers: draft.tiers.map((t, n) =>
                      n === index ? { ...t, label: e.target.value } : t,
                    ),
                  })
                }
              />
              <input
                aria-label={`Tier ${tier.label} from score`}
                type="number"
                min={0}
                max={100}
                value={tier.min}
                onChange={(e) =>
                  set({
                    tiers: draft.tiers.map((t, n) =>
                      n === index ? { ...t, min: Number(e.target.value) } : t,
                    ),
                  })
                }
              />
              <button
                type="button"
                aria-label={`Remove tier ${tier.label}`}
                disabled={draft.tiers.length <= 1}
                onClick={() => set({ tiers: draft.tiers.filter((_t, n) => n !== index) })}
              >
                ×
              </button>
            </div>
          ))}
          <button
            type="button"
            onClick={() =>
              set({ tiers: [...draft.tiers, { label: `T${draft.tiers.length + 1}`, min: 0 }] })
            }
          >
            Add tier
          </button>
        </fieldset>

        {draft.criteria.map((criterion, index) => (
          <CriterionEditor
            key={criterion.key}
            criterion={criterion}
            index={index}
            problems={problemsOfCriterion(problems, index)}
            readOnly={readOnly}
            onChange={(next) => setCriterion(criterion.key, next)}
            onRemove={() =>
              set({ criteria: draft.criteria.filter((entry) => entry.key !== criterion.key) })
            }
          />
        ))}
        {readOnly ? null : (
          <div className="icp-row">
            <select
              aria-label="Field of the new criterion"
              value={newField}
              onChange={(e) => setNewField(e.target.value as CriterionField)}
            >
              {criterionFields.map((field) => (
                <option key={field}>{field}</option>
              ))}
            </select>
            <button
              type="button"
              onClick={() =>
                set({
                  criteria: [
                    ...draft.criteria,
                    newCriterion(
                      newField,
                      draft.criteria.map((criterion) => criterion.id),
                    ),
                  ],
                })
              }
            >
              Add criterion
            </button>
          </div>
        )}

        <div className="icp-validation" role="status" aria-live="polite">
          {parsed.ok ? (
            <p className="icp-ok">✓ Valid ICP</p>
          ) : (
            <>
              <p>
                {problems.length} problem{problems.length > 1 ? 's' : ''} to fix:
              </p>
              <ul className="icp-problems">
                {(general.length ? general : problems).map((problem, index) => (
                  <li key={index}>
                    <code>{problem.path || '(document)'}</code> {problem.message}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>

        <div className="icp-row">
          {readOnly ? null : (
            <button
              type="button"
              className="primary"
              disabled={!parsed.ok}
              onClick={() => void save()}
            >
              Save
            </button>
          )}
          <button type="button" disabled={!parsed.ok} onClick={() => exportAs('json')}>
            Export JSON
          </button>
          <button type="button" disabled={!parsed.ok} onClick={() => exportAs('csv')}>
            Export CSV
          </button>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
        {notice ? <p role="status">{notice}</p> : null}
      </section>
      <PreviewPanel icp={parsed.ok ? parsed.icp : undefined} />
    </div>
  );
}
