// What an import accepts and how it reports. 10 MB and 50,000 data rows: a whole province's register at
// national scale fits, and a file that size is read, checked and written in seconds on two cores.
import { fieldErrorFrom, type FieldError, type Problem } from "@/lib/validation/field-errors";
import { ServiceError } from "@/lib/services/errors";

export const MAX_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 50_000;
/**
 * An XLSX is a zip: a 10 MB file can inflate to gigabytes. Its parts together may not declare (or really inflate
 * to) more than this; a full 50,000-row register is ~30 MB of XML. Read in a stream and stopped at MAX_ROWS, a
 * larger sheet never sits in memory whole anyway (decision 0015).
 */
export const MAX_UNZIPPED_BYTES = 128 * 1024 * 1024;
/** The shared strings kept in memory while a sheet is read: far more than a 50,000-row register needs. */
export const MAX_SHARED_STRINGS = 1_000_000;
export const MAX_SHARED_CHARS = 32 * 1024 * 1024;
/** Columns read from a sheet; the templates have at most 12. */
export const MAX_COLUMNS = 100;

/** A problem with one cell or row: the sheet's row number (the header is row 1) and the column's header. */
export interface RowProblem extends FieldError {
  row: number | null;
  column: string | null;
}

export type ProgressPhase = "read" | "check" | "write";
export type OnProgress = (p: { phase: ProgressPhase; done: number; total: number }) => void;

const fileError = fieldErrorFrom("importFile");

/** The file is refused as a whole: nothing was (or will be) written. */
export function refuseFile(code: Problem<"importFile">, vars: Record<string, string | number> = {}): ServiceError {
  return new ServiceError("INVALID", { file: fileError("file", code, vars) });
}

/** Calls onProgress at most every `every` rows (and at the end), so a 50,000-row file sends ~50 lines. */
export function throttled(onProgress: OnProgress | undefined, phase: ProgressPhase, total: number, every = 1000) {
  let last = -every;
  return (done: number) => {
    if (!onProgress) return;
    if (done - last >= every || done === total) {
      last = done;
      onProgress({ phase, done, total });
    }
  };
}
