import { formatReportSummary, formatWarning } from '../../i18n/model.ts';
import { useApp } from '../context.ts';
import { ChangeColumnsButton, SkippedMetricsNotice } from '../open/mapping/LoadNotes.tsx';

/** Counts first, then every warning with its rows, in the UI language. */
export function ImportReportView() {
  const { store, actions, t, lang } = useApp();
  const report = store.project.value?.data.report;
  if (!report) return null;
  return (
    <section class="card-section" aria-labelledby="report-title">
      <details
        open={store.showReport.value}
        onToggle={(e) => (store.showReport.value = e.currentTarget.open)}
        data-testid="import-report"
      >
        <summary id="report-title">
          <h2>{t.importReport}</h2>
        </summary>
        {formatReportSummary(report, lang).map((line, i) => (
          <p key={i} class="small">
            {line}
          </p>
        ))}
        {report.warnings.length > 0 && (
          <ul class="warnings">
            {report.warnings.map((w, i) => (
              <li key={i} class={`warning ${w.severity}`}>
                {formatWarning(w, lang)}
              </li>
            ))}
          </ul>
        )}
      </details>
      {!store.project.value?.data.saved && (
        <label class="small recognise-toggle">
          <input
            type="checkbox"
            checked={store.recognise.value}
            data-testid="recognise-toggle"
            onChange={(e) => actions.setRecognise(e.currentTarget.checked)}
          />{' '}
          {t.recognise}
        </label>
      )}
      <SkippedMetricsNotice />
      <ChangeColumnsButton />
    </section>
  );
}
