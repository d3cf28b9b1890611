import { describeReport, type ImportReport } from '../../lib/derive/accounts';
import { ROLE_LABELS } from '../../lib/derive/columns';

/** What the import made of the file: outcomes counted, messy rows and why, nothing hidden. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const [summary, ...details] = describeReport(report);
  return (
    <section className="derive-card" aria-label="Import report">
      <h3>Import</h3>
      <p>{summary}</p>
      {details.length > 0 && (
        <ul>
          {details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {report.samples.length > 0 && (
        <details>
          <summary>First unreadable cells</summary>
          <table className="derive-table">
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Column</th>
                <th scope="col">Cell</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {report.samples.slice(0, 20).map((problem) => (
                <tr key={`${problem.row}-${problem.role}`}>
                  <td className="derive-num">{problem.row}</td>
                  <td>{ROLE_LABELS[problem.role]}</td>
                  <td>{problem.cell}</td>
                  <td>{problem.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
