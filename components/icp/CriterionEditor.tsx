import { useId, useState } from 'react';
import { useI18n } from '../../lib/i18n/react';
import { describeIcpProblem } from '../../lib/icp/problem-text';
import { criterionFieldName, opName, roleName } from '../../lib/icp/words';
import { NUMERIC_VALUE_FIELDS, withField, type DraftCriterion } from '../../lib/icp/draft';
import {
  OPS_BY_FIELD,
  criterionFields,
  criterionRoles,
  type CriterionField,
  type CriterionOp,
  type CriterionRole,
} from '../../lib/icp/schema';
import type { IcpProblem } from '../../lib/icp/validate';
import { VALUE_HINTS, suggestionsFor } from './pickers';

function numberOrUndefined(text: string): number | undefined {
  if (!text.trim()) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** Chips for the values of a list criterion, with suggestions from the field's taxonomy. */
function ValuesInput({
  criterion,
  readOnly,
  onChange,
}: {
  criterion: DraftCriterion;
  readOnly: boolean;
  onChange: (values: (string | number)[]) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const suggestions = suggestionsFor(criterion.field);
  const numeric = NUMERIC_VALUE_FIELDS.includes(criterion.field);
  const hint = VALUE_HINTS[criterion.field];
  const add = () => {
    const parts = text
      .split(/[;\n]/)
      .map((part) => part.trim())
      .filter(Boolean);
    const values = parts.map((part) =>
      numeric && Number.isFinite(Number(part)) ? Number(part) : part,
    );
    const next = [...criterion.values];
    for (const value of values) if (!next.includes(value)) next.push(value);
    onChange(next);
    setText('');
  };
  return (
    <div className="icp-values">
      <ul aria-label={t('criterionValues')}>
        {criterion.values.map((value) => (
          <li key={String(value)} className="icp-chip">
            {value}
            {readOnly ? null : (
              <button
                type="button"
                aria-label={t('criterionValueRemove', String(value))}
                onClick={() => onChange(criterion.values.filter((entry) => entry !== value))}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {readOnly ? null : (
        <>
          <input
            list={suggestions.length ? `${id}-list` : undefined}
            aria-label={t('criterionValueAdd')}
            placeholder={hint ? t(hint) : undefined}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
          <button type="button" disabled={!text.trim()} onClick={add}>
            {t('add')}
          </button>
          {suggestions.length ? (
            <datalist id={`${id}-list`}>
              {suggestions.map((suggestion) => (
                <option key={suggestion} value={suggestion} />
              ))}
            </datalist>
          ) : null}
        </>
      )}
    </div>
  );
}

/** One criterion of the editor: field, operator, values or range, weight, role, label. */
export function CriterionEditor({
  criterion,
  index,
  problems,
  readOnly,
  onChange,
  onRemove,
}: {
  criterion: DraftCriterion;
  index: number;
  problems: IcpProblem[];
  readOnly: boolean;
  onChange: (next: DraftCriterion) => void;
  onRemove: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const set = (patch: Partial<DraftCriterion>) => onChange({ ...criterion, ...patch });
  const between = criterion.op === 'between';
  return (
    <fieldset
      className={`icp-criterion${problems.length ? ' icp-invalid' : ''}`}
      disabled={readOnly}
    >
      <legend>
        {t('criterionLegend', [i18n.number(index + 1), criterion.label || criterion.id])}
      </legend>
      <div className="icp-grid">
        <label htmlFor={`${id}-label`}>{t('criterionLabel')}</label>
        <input
          id={`${id}-label`}
          value={criterion.label}
          onChange={(event) => set({ label: event.target.value })}
        />
        <label htmlFor={`${id}-id`}>{t('icpId')}</label>
        <input
          id={`${id}-id`}
          value={criterion.id}
          onChange={(event) => set({ id: event.target.value })}
        />
        <label htmlFor={`${id}-field`}>{t('criterionField')}</label>
        <select
          id={`${id}-field`}
          value={criterion.field}
          onChange={(event) => onChange(withField(criterion, event.target.value as CriterionField))}
        >
          {criterionFields.map((field) => (
            <option key={field} value={field}>
              {criterionFieldName(t, field)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-op`}>{t('criterionOp')}</label>
        <select
          id={`${id}-op`}
          value={criterion.op}
          onChange={(event) => {
            const op = event.target.value as CriterionOp;
            set(
              op === 'between'
                ? { op, values: [], min: criterion.min ?? 0 }
                : { op, min: undefined, max: undefined },
            );
          }}
        >
          {OPS_BY_FIELD[criterion.field].map((op) => (
            <option key={op} value={op}>
              {opName(t, op)}
            </option>
          ))}
        </select>
        {between ? (
          <>
            <label htmlFor={`${id}-min`}>{t('criterionFrom')}</label>
            <input
              id={`${id}-min`}
              type="number"
              min={0}
              value={criterion.min ?? ''}
              onChange={(event) => set({ min: numberOrUndefined(event.target.value) })}
            />
            <label htmlFor={`${id}-max`}>{t('criterionTo')}</label>
            <input
              id={`${id}-max`}
              type="number"
              min={0}
              placeholder={t('criterionNoLimit')}
              value={criterion.max ?? ''}
              onChange={(event) => set({ max: numberOrUndefined(event.target.value) })}
            />
            {criterion.field === 'revenue' ? (
              <>
                <label htmlFor={`${id}-currency`}>{t('criterionCurrency')}</label>
                <input
                  id={`${id}-currency`}
                  maxLength={3}
                  placeholder={t('criterionCurrencyExample')}
                  value={criterion.currency ?? ''}
                  onChange={(event) =>
                    set({ currency: event.target.value.toUpperCase() || undefined })
                  }
                />
              </>
            ) : null}
          </>
        ) : (
          <>
            <span>{t('criterionValues')}</span>
            <ValuesInput
              criterion={criterion}
              readOnly={readOnly}
              onChange={(values) => set({ values })}
            />
          </>
        )}
        <label htmlFor={`${id}-role`}>{t('criterionRole')}</label>
        <select
          id={`${id}-role`}
          value={criterion.role}
          onChange={(event) => set({ role: event.target.value as CriterionRole })}
        >
          {criterionRoles.map((role) => (
            <option key={role} value={role}>
              {roleName(t, role)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-weight`}>{t('criterionWeight')}</label>
        <div className="icp-row">
          <input
            id={`${id}-weight`}
            type="range"
            min={1}
            max={10}
            step={1}
            disabled={readOnly || criterion.role === 'exclude'}
            value={Math.min(10, criterion.weight)}
            onChange={(event) => set({ weight: Number(event.target.value) })}
          />
          <output htmlFor={`${id}-weight`}>
            {criterion.role === 'exclude' ? '—' : criterion.weight}
          </output>
        </div>
      </div>
      {problems.length ? (
        <ul className="icp-problems" role="alert">
          {problems.map((problem, n) => (
            <li key={n}>{describeIcpProblem(problem, i18n)}</li>
          ))}
        </ul>
      ) : null}
      {readOnly ? null : (
        <button type="button" className="icp-remove" onClick={onRemove}>
          {t('criterionRemove')}
        </button>
      )}
    </fieldset>
  );
}
