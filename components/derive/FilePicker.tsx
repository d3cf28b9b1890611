import { useId, useState } from 'react';
import { readTextFile } from '../../lib/csv/file';
import type { CsvTable } from '../../lib/csv/table';
import { MAX_CSV_BYTES, readAccountsTable } from '../../lib/derive/load';
import { useI18n } from '../../lib/i18n/react';

interface Props {
  onLoaded: (name: string, table: CsvTable) => void;
}

/** Step 1: pick a CRM export. The file is read here, in the page; nothing is uploaded. */
export function FilePicker({ onLoaded }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const read = async (file: File) => {
    setError(null);
    setBusy(true);
    try {
      // The size is checked before the file is read; then any encoding an export uses is decoded.
      const read = await readTextFile(file, MAX_CSV_BYTES);
      const result = read.ok ? readAccountsTable(read.text) : read;
      if (result.ok) onLoaded(file.name, result.table);
      else setError(t('labelledValue', [file.name, i18n.say(result.phrase)]));
    } catch (reason) {
      setError(
        t('deriveUnreadable', [
          file.name,
          reason instanceof Error ? reason.message : String(reason),
        ]),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="derive-card">
      <h3>{t('deriveStep1')}</h3>
      <p className="derive-muted">{t('deriveFileIntro')}</p>
      <label htmlFor={id}>{t('deriveCsvFile')} </label>
      <input
        id={id}
        type="file"
        accept=".csv,.tsv,.txt,text/csv"
        disabled={busy}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) void read(file);
        }}
      />
      {busy && <span className="derive-muted"> {t('deriveReading')}</span>}
      {error && (
        <p role="alert" className="derive-error">
          {error}
        </p>
      )}
    </section>
  );
}
