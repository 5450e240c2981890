import { REPORT_APP_TEXT } from '../../i18n/report.ts';
import { TEMPLATE_TEXT } from '../../i18n/template.ts';
import { useApp } from '../context.ts';
import { download } from '../export/download.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** *Ladda ner mall*: an empty workbook that opens without a column question. */
export function TemplateButton() {
  const { lang } = useApp();
  const t = REPORT_APP_TEXT[lang];
  return (
    <button
      type="button"
      class="link"
      title={t.templateHint}
      data-testid="download-template"
      onClick={() =>
        // The workbook writer loads on the first click: the page starts without it.
        void import('../../core/template/template.ts')
          .then(({ templateXlsx }) => templateXlsx(TEMPLATE_TEXT[lang]))
          .then((bytes) => download(bytes, t.templateFile, XLSX))
      }
    >
      {t.template}
    </button>
  );
}
