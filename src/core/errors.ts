/**
 * Where in the user's input a problem was found. Rows are 1-based record numbers as a
 * spreadsheet user sees them: the header is row 1, the first data record row 2.
 */
export interface InputLocation {
  file: string;
  row?: number;
  column?: string;
}

/**
 * Bad input that rejects a whole file. Carries a stable code and parameters; the sentence
 * shown to users is made from them by the i18n layer (`formatInputError`), never here.
 */
export class InputError extends Error {
  readonly code: string;
  readonly location: InputLocation;
  readonly params: Record<string, string | number>;

  constructor(code: string, location: InputLocation, params: Record<string, string | number> = {}) {
    super(`${code} in ${location.file}${location.row ? ` row ${location.row}` : ''}`);
    this.name = 'InputError';
    this.code = code;
    this.location = location;
    this.params = params;
  }
}
