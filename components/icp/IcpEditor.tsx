import { useId, useMemo, useState } from 'react';
import { useI18n } from '../../lib/i18n/react';
import { describeIcpProblem, describeIcpProblems } from '../../lib/icp/problem-text';
import { criterionFieldName } from '../../lib/icp/words';
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
import { parseIcp } from '../../lib/icp/validate';
import { CriterionEditor } from './CriterionEditor';
import { downloadText } from '../common/download';
import { PreviewPanel } from './PreviewPanel';

/**
 * The form-based ICP editor: details, tiers and criteria, validated on every change (problems
 * shown in the user's words next to the criterion), a live preview, export to JSON and CSV,
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
  const i18n = useI18n();
  const { t } = i18n;
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
        ? t('icpSaved', [result.icp.name, i18n.number(result.icp.version)])
        : t('icpNotSaved', describeIcpProblems(result.problems, i18n).join(t('listSeparator'))),
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
        <h3 id={`${id}-editor`}>{t(readOnly ? 'icpViewing' : 'icpEditing', draft.name)}</h3>
        {readOnly ? (
          <p className="icp-notice">
            {readOnlyReason}{' '}
            {onMakeCopy ? (
              <button type="button" onClick={onMakeCopy}>
                {t('icpMakeCopy')}
              </button>
            ) : null}
          </p>
        ) : null}
        <fieldset disabled={readOnly} className="icp-grid">
          <label htmlFor={`${id}-name`}>{t('icpName')}</label>
          <input
            id={`${id}-name`}
            value={draft.name}
            onChange={(e) => set({ name: e.target.value })}
          />
          <label htmlFor={`${id}-id`}>{t('icpId')}</label>
          <input id={`${id}-id`} value={draft.id} onChange={(e) => set({ id: e.target.value })} />
          <label htmlFor={`${id}-version`}>{t('versionVersion')}</label>
          <input
            id={`${id}-version`}
            type="number"
            min={1}
            value={draft.version}
            onChange={(e) => set({ version: Number(e.target.value) })}
          />
          <label htmlFor={`${id}-description`}>{t('icpDescription')}</label>
          <textarea
            id={`${id}-description`}
            rows={2}
            value={draft.description ?? ''}
            onChange={(e) => set({ description: e.target.value || undefined })}
          />
        </fieldset>

        <fieldset disabled={readOnly} className="icp-tiers">
          <legend>{t('icpTiersLegend')}</legend>
          {draft.tiers.map((tier, index) => (
            <div className="icp-row" key={index}>
              <input
                aria-label={t('icpTierLabel', i18n.number(index + 1))}
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
                aria-label={t('icpTierFrom', tier.label)}
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
                aria-label={t('icpTierRemove', tier.label)}
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
            {t('icpTierAdd')}
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
              aria-label={t('icpNewCriterionField')}
              value={newField}
              onChange={(e) => setNewField(e.target.value as CriterionField)}
            >
              {criterionFields.map((field) => (
                <option key={field} value={field}>
                  {criterionFieldName(t, field)}
                </option>
              ))}
            </select>
            <button
              type="button"
              onClick={() =>
                set({
                  criteria: [
                    ...draft.criteria,
                    {
                      ...newCriterion(
                        newField,
                        draft.criteria.map((criterion) => criterion.id),
                      ),
                      label: criterionFieldName(t, newField),
                    },
                  ],
                })
              }
            >
              {t('icpCriterionAdd')}
            </button>
          </div>
        )}

        <div className="icp-validation" role="status" aria-live="polite">
          {parsed.ok ? (
            <p className="icp-ok">{t('icpValid')}</p>
          ) : (
            <>
              <p>{i18n.tn('icpProblemsToFix', problems.length)}</p>
              <ul className="icp-problems">
                {(general.length ? general : problems).map((problem, index) => (
                  <li key={index}>{describeIcpProblem(problem, i18n)}</li>
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
              {t('save')}
            </button>
          )}
          <button type="button" disabled={!parsed.ok} onClick={() => exportAs('json')}>
            {t('exportJson')}
          </button>
          <button type="button" disabled={!parsed.ok} onClick={() => exportAs('csv')}>
            {t('exportCsv')}
          </button>
          <button type="button" onClick={onClose}>
            {t('close')}
          </button>
        </div>
        {notice ? <p role="status">{notice}</p> : null}
      </section>
      <PreviewPanel icp={parsed.ok ? parsed.icp : undefined} />
    </div>
  );
}
