// Checks every row of a register file and lists every problem (row, column, message), so one dry run shows
// all that needs fixing. Rows that pass become the service's unit input; nothing here touches the database.
import type { Locale } from "@/lib/domain/types";
import { fieldErrorFrom, type Problem } from "@/lib/validation/field-errors";
import { checkUnit, INT4_MAX, unitInput, type UnitInput } from "@/lib/validation/register-unit";
import { unitKey } from "@/lib/services/register/duplicates";
import { foldName } from "@/lib/domain/search-text";
import { cellCount, cellText, cellYear, type Read } from "./cells";
import type { RowProblem } from "./limits";
import type { TableRow } from "./read-table";
import { FIELD_COLUMN, RATING_WORDS, REGISTER_COLUMNS, SECTOR_WORDS, TYPE_WORDS, vocabulary, type RegisterKey } from "./register-columns";

const err = fieldErrorFrom("register");
const typeOf = vocabulary(TYPE_WORDS);
const sectorOf = vocabulary(SECTOR_WORDS);
const ratingOf = vocabulary(RATING_WORDS);
const header = (key: RegisterKey) => REGISTER_COLUMNS.find((c) => c.key === key)!.header;

export interface RegisterContext {
  locale: Locale;
  /** unitKey() of every unit already in the province's register. */
  existing: Set<string>;
  /** The province's LH HTX by folded name → their ids. */
  unions: Map<string, number[]>;
}

export interface PreparedUnit {
  row: number;
  /** unionId is filled at write time when the union is a row of the same file. */
  input: UnitInput;
  /** Folded name of an LH HTX of this file that the unit is a member of. */
  unionInFile: string | null;
}

export { unitKey };

export async function checkRegisterRows(rows: TableRow<RegisterKey>[], ctx: RegisterContext, onRow?: (done: number) => void) {
  const problems: RowProblem[] = [];
  const units: PreparedUnit[] = [];
  const firstRowOfName = new Map<string, number>();
  // Unions named in this file can be joined by the rows of the same file.
  const unionsInFile = new Set(rows.filter((r) => r.cells.type !== null && typeOf(String(r.cells.type)) === "LH_HTX" && r.cells.name !== null).map((r) => foldName(String(r.cells.name))));

  for (const [i, r] of rows.entries()) {
    // Let the progress lines out (and other requests in) every 2,000 rows: the check is CPU work.
    if (i % 2000 === 1999) await new Promise((resolve) => setImmediate(resolve));
    const c = r.cells;
    const mine: RowProblem[] = [];
    const add = (key: RegisterKey, code: Problem<"register">, vars: Record<string, string | number> = {}) =>
      mine.push({ ...err(key, code, vars), row: r.row, column: header(key) });
    const read = <T>(key: RegisterKey, v: Read<T>, vars: Record<string, string | number> = {}): T | null => {
      if (v.ok) return v.value;
      add(key, v.problem, vars);
      return null;
    };
    const yearVars = { min: 1945, max: new Date().getFullYear() };

    const name = cellText(c.name);
    if (!name) add("name", "REQUIRED");
    const typeText = cellText(c.type);
    const type = typeText ? typeOf(typeText) : null;
    if (!type) add("type", typeText ? "UNKNOWN_TYPE" : "REQUIRED");
    const sectorText = cellText(c.sector);
    const sector = sectorText ? sectorOf(sectorText) : null;
    if (!sector) add("sector", sectorText ? "UNKNOWN_SECTOR" : "REQUIRED");
    const foundedYear = read("foundedYear", cellYear(c.foundedYear), yearVars);
    if (c.foundedYear === null) add("foundedYear", "REQUIRED");
    const ratingText = cellText(c.rating);
    const rating = ratingText ? ratingOf(ratingText) : null;
    if (ratingText && !rating) add("rating", "UNKNOWN_RATING");

    let unionId: number | null = null;
    let unionInFile: string | null = null;
    const unionName = cellText(c.union);
    if (unionName) {
      const folded = foldName(unionName);
      // The register's union first; a union of this file only when the register has none of that name (a
      // file's row naming a registered union is itself reported as already registered).
      const inDb = ctx.unions.get(folded) ?? [];
      if (inDb.length > 1) add("union", "UNION_AMBIGUOUS", { name: unionName });
      else if (inDb.length === 1) unionId = inDb[0];
      else if (unionsInFile.has(folded)) unionInFile = folded;
      else add("union", "UNKNOWN_UNION", { name: unionName });
      if (name && foldName(name) === folded && type === "LH_HTX") add("union", "UNION_SELF");
    }

    if (name) {
      const first = firstRowOfName.get(foldName(name));
      if (first !== undefined) add("name", "DUPLICATE_IN_FILE", { row: first });
      else firstRowOfName.set(foldName(name), r.row);
    }

    const input = {
      name: name ?? "", type: type ?? "HTX", sector: sector ?? "OTHER", commune: cellText(c.commune), registrationNo: cellText(c.registrationNo),
      foundedYear: foundedYear ?? 0,
      dissolvedYear: read("dissolvedYear", cellYear(c.dissolvedYear), yearVars),
      members: read("members", cellCount(c.members, ctx.locale)),
      workers: read("workers", cellCount(c.workers, ctx.locale)),
      rating, ratingYear: read("ratingYear", cellYear(c.ratingYear), yearVars),
      // A placeholder id stands for a union of this file, so the rules between fields still apply.
      unionId: unionId ?? (unionInFile ? INT4_MAX : null),
    };
    const parsed = unitInput.safeParse(input);
    if (mine.length === 0 && parsed.success) {
      for (const p of checkUnit(parsed.data)) {
        const key = (FIELD_COLUMN[p.field] ?? p.field) as RegisterKey;
        mine.push({ ...p, field: key, row: r.row, column: header(key) });
      }
      if (ctx.existing.has(unitKey(parsed.data.name, parsed.data.type, parsed.data.commune))) add("name", "ALREADY_REGISTERED");
    }
    // Never drop a row silently: a shape the cells above did not already explain is still a problem of its row.
    if (mine.length === 0 && !parsed.success) add("name", "MALFORMED");
    if (mine.length === 0 && parsed.success) units.push({ row: r.row, input: { ...parsed.data, unionId }, unionInFile });
    problems.push(...mine);
    onRow?.(i + 1);
  }
  return { units, problems };
}
