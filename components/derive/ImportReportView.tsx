import { describeReport, type ImportReport } from '../../lib/derive/accounts';
import { roleLabel } from '../../lib/derive/columns';
import { useI18n } from '../../lib/i18n/react';

/** What the import made of the file: outcomes counted, messy rows and why, nothing hidden. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [summary, ...details] = describeReport(report, i18n);
  return (
    <section className="derive-card" aria-label={t('reportLabel')}>
      <h3>{t('reportHeading')}</h3>
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
          <summary>{t('reportFirstCells')}</summary>
          <table className="derive-table">
            <thead>
              <tr>
                <th scope="col">{t('reportRow')}</th>
                <th scope="col">{t('reportColumn')}</th>
                <th scope="col">{t('reportCell')}</th>
                <th scope="col">{t('reportProblem')}</th>
              </tr>
            </thead>
            <tbody>
              {report.samples.slice(0, 20).map((problem) => (
                <tr key={`${problem.row}-${problem.role}`}>
                  <td className="derive-num">{i18n.number(problem.row)}</td>
                  <td>{roleLabel(t, problem.role)}</td>
                  <td>{problem.cell}</td>
                  <td>{t(problem.problem)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
