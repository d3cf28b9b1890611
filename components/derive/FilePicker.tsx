import { useId, useState } from 'react';
import { checkCsvSize, parseCsv, type CsvTable } from '../../lib/derive/csv';
import { decodeCsvBytes } from '../../lib/derive/decode';
import { useI18n } from '../../lib/i18n/react';

interface Props {
  onLoaded: (name: string, table: CsvTable) => void;
}

/** Step 1: pick a CRM export. The file is read here, in the page; nothing is uploaded. */
export function FilePicker({ onLoaded }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const read = async (file: File) => {
    setError(null);
    const tooBig = checkCsvSize(file.size);
    if (tooBig) {
      setError(`${file.name}: ${tooBig}`);
      return;
    }
    setBusy(true);
    try {
      const result = parseCsv(decodeCsvBytes(new Uint8Array(await file.arrayBuffer())));
      if (result.ok) onLoaded(file.name, result.table);
      else setError(`${file.name}: ${result.message}`);
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
