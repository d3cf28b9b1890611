import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { parseFactInput } from '../../lib/corrections/parse';
import type { FactField, FactValue } from '../../lib/facts/schema';
import { useI18n } from '../../lib/i18n/react';
import type { MessageKey } from '../../lib/i18n/messages';
import { fieldLabel, inputHint } from './format';

/**
 * The inline form that corrects one fact. What the user types is read by lib/corrections
 * (ranges, amounts with currency, country names); a value that cannot be read says what to
 * write instead and is never saved. Escape cancels.
 */
export function FactEditor({
  field,
  initial,
  onSave,
  onCancel,
}: {
  field: FactField;
  initial: string;
  onSave: (value: FactValue<FactField>) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<MessageKey | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  // One ref for either control (a textarea for the description): both have focus() and select().
  const input = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const hint = inputHint(field);
  const label = fieldLabel(t, field);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseFactInput(field, text);
    setFailure(undefined);
    if (!parsed.ok) {
      setProblem(parsed.problem);
      input.current?.focus();
      return;
    }
    setProblem(undefined);
    setSaving(true);
    try {
      await onSave(parsed.value);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      setSaving(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };
  const describedBy = [hint && `${id}-hint`, (problem || failure) && `${id}-problem`]
    .filter(Boolean)
    .join(' ');
  const Control = field === 'description' ? 'textarea' : 'input';
  return (
    <form className="fact-editor" onSubmit={submit} onKeyDown={onKeyDown} data-editing={field}>
      <label htmlFor={`${id}-input`}>{t('newValueFor', label)}</label>
      <Control
        id={`${id}-input`}
        ref={input}
        name={field}
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy || undefined}
        autoComplete="off"
        spellCheck={false}
      />
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {t(hint)}
        </p>
      )}
      {(problem || failure) && (
        <p id={`${id}-problem`} className="problem" role="alert">
          {problem ? t(problem) : t('correctionFailed', failure ?? '')}
        </p>
      )}
      <div className="editor-actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? t('saving') : t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
