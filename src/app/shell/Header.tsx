import { useState } from 'preact/hooks';
import { useApp } from '../context.ts';
import { OpenDialog } from '../open/OpenDialog.tsx';
import { JobProgress } from './JobProgress.tsx';
import { ErrorBanner } from './ErrorBanner.tsx';
import { ColumnMappingDialog } from '../open/mapping/ColumnMappingDialog.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { PresentButton } from '../present/Presenter.tsx';
import { RecentButton, RecentOffer } from '../storage/RecentOffer.tsx';

/**
 * Opens the import report in the side panel and scrolls the panel to it. Only the panel
 * scrolls: scrollIntoView would also scroll the page's own root and cut off the header.
 */
function useShowReport() {
  const { store } = useApp();
  return () => {
    store.showReport.value = true;
    requestAnimationFrame(() => {
      const report = document.querySelector('[data-testid="import-report"]');
      const panel = report?.closest('.side-panel');
      if (!report || !panel) return;
      panel.scrollTop += report.getBoundingClientRect().top - panel.getBoundingClientRect().top;
    });
  };
}

export function Header() {
  const { store, t, lang } = useApp();
  const showReport = useShowReport();
  const [opening, setOpening] = useState(false);
  const project = store.project.value;
  const visible = store.visibleCounts.value;

  return (
    <header class="header">
      <div class="brand">
        <span class="logo" aria-hidden="true" />
        <div>
          <h1>{t.appName}</h1>
          <p class="tagline">{t.tagline}</p>
        </div>
      </div>
      <div class="project-info" aria-live="polite">
        {project && (
          <>
            <div class="project-line">
              <span class="file-name" data-testid="file-name" title={project.files.join(', ')}>
                {project.files.join(', ')}
              </span>
              <span class="counts" data-testid="counts">
                {t.counts(project.graph.order, project.graph.size)}
              </span>
            </div>
            <div class="project-line">
              <span class="visible-counts" data-testid="visible-counts">
                {t.visibleCounts(
                  visible.nodes,
                  project.graph.order,
                  visible.edges,
                  project.graph.size,
                )}
              </span>
              {project.data.report.warnings.length > 0 && (
                <button
                  type="button"
                  class="link report-remarks"
                  data-testid="report-remarks"
                  onClick={showReport}
                >
                  {t.reportRemarks(project.data.report.warnings.length)}
                </button>
              )}
            </div>
          </>
        )}
      </div>
      <div class="header-actions">
        <RecentButton />
        <PresentButton />
        <ExportMenu />
        <div class="anchor">
          <button
            type="button"
            class="primary"
            onClick={() => setOpening(!opening)}
            aria-expanded={opening}
            data-testid="open-files"
          >
            {t.openFiles}
          </button>
          {opening && <OpenDialog onClose={() => setOpening(false)} />}
        </div>
        <button
          type="button"
          class="ghost"
          lang={lang === 'sv' ? 'en' : 'sv'}
          onClick={() => (store.lang.value = lang === 'sv' ? 'en' : 'sv')}
          data-testid="language"
          title={t.language}
        >
          {t.otherLanguage}
        </button>
      </div>
      <JobProgress />
      <ErrorBanner />
      <ColumnMappingDialog />
      <RecentOffer />
    </header>
  );
}
