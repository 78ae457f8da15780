// Text cells of the files we hand out (CSV and XLSX) that a spreadsheet would take as a formula. Anyone may
// name a unit "=HYPERLINK(...)" or "+cmd|' /C calc'!A0"; Excel and LibreOffice evaluate such a cell when the
// export is opened. Per OWASP's CSV injection guidance, text starting with =, +, -, @, a tab or a carriage
// return gets a leading single quote (and is quoted in CSV). Only text: a number cell stays a number (-5 is -5).
const TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);

export function formulaSafe(text: string): string {
  return text.length > 0 && TRIGGERS.has(text[0]) ? `'${text}` : text;
}

/** Read back from one of our own files: the quote formulaSafe() added is not part of the value. */
export function withoutFormulaQuote(text: string): string {
  return text.length > 1 && text[0] === "'" && TRIGGERS.has(text[1]) ? text.slice(1) : text;
}
