// CSV for spreadsheets (the history export). A cell that starts with = + - @ is read as a
// formula by Excel, LibreOffice and Google Sheets, and so is one that starts with TAB or CR
// (they skip leading whitespace before the formula sign): "CSV injection", see
// https://owasp.org/www-community/attacks/CSV_Injection. History entries hold names and
// companies taken from web pages and imported files, so every cell is defused.

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: a leading formula character is neutralised with an apostrophe (shown as text by
 *  spreadsheets), then the cell is quoted with inner quotes doubled (RFC 4180). */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** Rows joined with CRLF (RFC 4180), ending with one. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
