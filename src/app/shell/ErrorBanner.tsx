import { InputError } from '../../core/errors.ts';
import { formatInputError } from '../../i18n/io.ts';
import { useApp } from '../context.ts';

/** The reason a load failed, one line naming file, row and column; the old project stays open. */
export function ErrorBanner() {
  const { store, t, lang } = useApp();
  const failure = store.importError.value;
  if (!failure) return null;
  const { error } = failure;
  const message =
    error.kind === 'input'
      ? formatInputError(new InputError(error.code, error.location, error.params), lang)
      : error.kind === 'internal'
        ? t.internalError(error.message)
        : '';
  return (
    <div class="error-banner" role="alert" data-testid="import-error">
      <div>
        <strong>{failure.kind === 'edit' ? t.editFailed : t.importFailed}</strong>
        <p>{message}</p>
      </div>
      <button type="button" class="ghost small" onClick={() => (store.importError.value = null)}>
        {t.dismiss}
      </button>
    </div>
  );
}
