import { useId, useRef, useState } from 'preact/hooks';
import { useApp } from '../context.ts';

/**
 * A file field in the app's language: a button, the chosen file's name, and the browser's file
 * input hidden behind them (its own "Choose File / No file chosen" speaks the browser's
 * language, whichever the app is shown in).
 */
export function FilePicker({
  label,
  accept,
  testId,
  onFile,
}: {
  label: string;
  accept: string;
  /** On the hidden input: the tests hand it their files. */
  testId: string;
  onFile(file: File | null): void;
}) {
  const { t } = useApp();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const id = useId();
  return (
    <div class="field file-picker">
      <span id={`${id}-label`}>{label}</span>
      <div class="file-row">
        <button
          type="button"
          class="secondary small"
          aria-labelledby={`${id}-label ${id}-button`}
          aria-describedby={`${id}-chosen`}
          onClick={() => input.current?.click()}
        >
          <span id={`${id}-button`}>{t.chooseFile}</span>
        </button>
        <span class="file-chosen" id={`${id}-chosen`} data-testid={`${testId}-chosen`}>
          {chosen ?? t.noFileChosen}
        </span>
      </div>
      <input
        ref={input}
        type="file"
        hidden
        accept={accept}
        data-testid={testId}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0] ?? null;
          setChosen(file?.name ?? null);
          onFile(file);
        }}
      />
    </div>
  );
}
