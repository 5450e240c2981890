import { templateXlsx } from '../../core/template/template.ts';
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
        void templateXlsx(TEMPLATE_TEXT[lang]).then((bytes) =>
          download(bytes, t.templateFile, XLSX),
        )
      }
    >
      {t.template}
    </button>
  );
}
