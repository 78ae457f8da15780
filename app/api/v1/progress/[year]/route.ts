// GET /api/v1/progress/{year}?format=xlsx|csv[&lang=en][&vung=…][&trang-thai=…] — the national progress board
// (/quan-ly/tien-do/{year}) as a file, filtered as on the page. Staff only: the session cookie, can "progress:read".
import type { NextRequest } from "next/server";
import { actorFromRequest } from "@/lib/auth/actor";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import { errorResponse } from "@/lib/api/handle";
import { parse, yearParam } from "@/lib/api/params";
import { parseRegion } from "@/lib/domain/regions";
import { boardSheet } from "@/lib/exports/board-sheet";
import { getMessages } from "@/lib/i18n/messages";
import { filterBoard, parseStateFilter } from "@/lib/queries/board-shape";
import { progressBoard } from "@/lib/queries/progress-board";
import { ServiceError } from "@/lib/services/errors";
import { outFile } from "@/lib/services/import/workbook";
import { badFormat, FILE_LOCALE, fileResponse, parseFileFormat } from "@/app/api/v1/import/_lib/http";

type Ctx = { params: Promise<{ year: string }> };

export async function GET(request: NextRequest, ctx: Ctx) {
  // The API's year bounds (1945–2100, as its message says); a year before 2008 simply has no province.
  const parsed = parse(yearParam, (await ctx.params).year, "year");
  if (!parsed.ok) return parsed.response;
  const year = parsed.value;
  const q = request.nextUrl.searchParams;
  const format = parseFileFormat(q.get("format"));
  if (!format) return badFormat();
  const lang = q.get("lang") === "en" ? "en" : "vi";
  try {
    const actor = await actorFromRequest(request);
    if (!actor) throw new ServiceError("NOT_SIGNED_IN");
    if (!can(actor, "progress:read", { provinceId: null })) throw new ServiceError("FORBIDDEN");
    const board = await progressBoard(db, year);
    const rows = filterBoard(board.rows, { region: parseRegion(q.get("vung")), state: parseStateFilter(q.get("trang-thai")) });
    const sheet = boardSheet(rows, board.years, lang, getMessages(lang));
    // Numbers in a CSV are written the Vietnamese way whatever the language, as every file of the app (FILE_LOCALE).
    return fileResponse(await outFile(`tien-do-${year}${lang === "en" ? "-en" : ""}`, format, [sheet], FILE_LOCALE));
  } catch (err) {
    return errorResponse(err);
  }
}
