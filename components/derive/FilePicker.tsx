import { useId, useState } from 'react';
import { readTextFile } from '../../lib/csv/file';
import type { CsvTable } from '../../lib/csv/table';
import { MAX_CSV_BYTES, readAccountsTable } from '../../lib/derive/load';

interface Props {
  onLoaded: (name: string, table: CsvTable) => void;
}

/** Step 1: pick a CRM export. The file is read here, in the page; nothing is uploaded. */
export function FilePicker({ onLoaded }: Props) {
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
      else setError(`${file.name}: ${result.message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="derive-card">
      <h3>1. Your accounts</h3>
      <p className="derive-muted">
        A CSV export of deals or accounts from HubSpot, Salesforce, Pipedrive or a spreadsheet: one
        row per account, a header row, and a column saying whether the deal was won or lost. The
        file is read in this page and never leaves your browser.
      </p>
      <label htmlFor={id}>CSV file </label>
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
      {busy && <span className="derive-muted"> Reading…</span>}
      {error && (
        <p role="alert" className="derive-error">
          {error}
        </p>
      )}
    </section>
  );
}
