// Imports a register file into a province: first a dry run that lists every bad row, then (commit) every row
// in ONE transaction — all or nothing — audited as one entry with the counts. The commit checks the file again
// from scratch and refuses it while any problem remains, so what it writes is exactly what a dry run accepts.
import "server-only";
import type { Actor } from "@/lib/authz";
import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/domain/types";
import { fieldErrorFrom } from "@/lib/validation/field-errors";
import { advancePublicGeneration, publishedGenerationChanged } from "@/lib/cache/generation";
import { audit } from "@/lib/services/audit";
import { ServiceError } from "@/lib/services/errors";
import { registerProvince } from "@/lib/services/register/access";
import { foldName } from "@/lib/domain/search-text";
import { throttled, type OnProgress, type RowProblem } from "./limits";
import { insertUnits } from "./insert-units";
import { readTable } from "./read-table";
import { REGISTER_COLUMNS, REGISTER_SHEET } from "./register-columns";
import { checkRegisterRows, unitKey, type PreparedUnit } from "./register-rows";

type Tx = Prisma.TransactionClient;
const BATCH = 2000;
const fileError = fieldErrorFrom("importFile");

export interface RegisterImportArgs {
  actor: Actor | null;
  slug: string;
  file: { name: string; bytes: Uint8Array };
  locale: Locale;
  commit: boolean;
  onProgress?: OnProgress;
}

export interface RegisterImportResult {
  rows: number;
  valid: number;
  problems: RowProblem[];
  byType: Record<string, number>;
  /** Units written: 0 for a dry run. */
  created: number;
}

async function context(db: PrismaClient, provinceId: number, locale: Locale) {
  const units = await db.registerUnit.findMany({ where: { provinceId }, select: { id: true, name: true, type: true, commune: true } });
  const unions = new Map<string, number[]>();
  for (const u of units) if (u.type === "LH_HTX") unions.set(foldName(u.name), [...(unions.get(foldName(u.name)) ?? []), u.id]);
  return { locale, existing: new Set(units.map((u) => unitKey(u.name, u.type, u.commune))), unions };
}

async function writeUnits(tx: Tx, provinceId: number, units: PreparedUnit[], progress: (n: number) => void) {
  // Unions first, so the rows that join a union of the same file can point at it.
  const unionRows = units.filter((u) => u.input.type === "LH_HTX");
  const others = units.filter((u) => u.input.type !== "LH_HTX");
  const unionIds = new Map<string, number>();
  let done = 0;
  for (const list of [unionRows, others]) {
    for (let i = 0; i < list.length; i += BATCH) {
      const data = list.slice(i, i + BATCH).map((u) => ({ ...u.input, provinceId, unionId: u.unionInFile ? unionIds.get(u.unionInFile)! : u.input.unionId }));
      for (const c of await insertUnits(tx, data, list === unionRows)) unionIds.set(foldName(c.name), c.id);
      done += data.length;
      progress(done);
    }
  }
}

export async function importRegister(db: PrismaClient, { actor, slug, file, locale, commit, onProgress }: RegisterImportArgs): Promise<RegisterImportResult> {
  const province = await registerProvince(db, actor, slug, "edit");
  onProgress?.({ phase: "read", done: 0, total: 1 });
  const rows = await readTable(file.bytes, file.name, { sheet: REGISTER_SHEET, columns: REGISTER_COLUMNS });
  onProgress?.({ phase: "read", done: 1, total: 1 });
  const { units, problems } = await checkRegisterRows(rows, await context(db, province.id, locale), throttled(onProgress, "check", rows.length));
  const byType: Record<string, number> = { HTX: 0, LH_HTX: 0, THT: 0, QTDND: 0 };
  for (const u of units) byType[u.input.type]++;
  const result = { rows: rows.length, valid: units.length, problems, byType, created: 0 };
  if (!commit) return result;
  if (problems.length) throw new ServiceError("INVALID", { file: fileError("file", "HAS_PROBLEMS", { count: problems.length }), problems });

  const generation = await db.$transaction(async (tx) => {
    await writeUnits(tx, province.id, units, throttled(onProgress, "write", units.length, BATCH));
    await audit(tx, {
      actorId: actor!.id, entity: "RegisterUnit", entityId: "import", action: "import", provinceId: province.id,
      after: { file: file.name, rows: rows.length, created: units.length, byType },
    });
    return advancePublicGeneration(tx); // the province page draws the register by sector
  }, { timeout: 300_000, maxWait: 30_000 });
  publishedGenerationChanged(generation);
  return { ...result, created: units.length };
}
