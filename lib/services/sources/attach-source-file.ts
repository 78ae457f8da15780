// Attaches the source document's file (PDF, XLSX, DOCX; at most 10 MB, as the database's CHECK) to a draft
// report's cited source, and deletes one (decision 0040). The type is found from the content; the name is kept
// only for the download's Content-Disposition. The route reads the upload within its limit before this runs.
import "server-only";
import { createHash } from "node:crypto";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/services/audit";
import { ServiceError } from "@/lib/services/errors";
import { lockedDraft, sourceEditProvince, sourceError } from "./access";
import { documentType } from "./document-type";

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const MAX_FILES = 5;
const NAME_MAX = 255;

const refuse = (code: Parameters<typeof sourceError>[1], params: Record<string, number> = {}) =>
  new ServiceError("INVALID", { fields: [sourceError("file", code, params)] });

/** The name as uploaded, without any folder, control characters or quotes a header could trip on. */
function cleanFileName(name: string): string {
  const base = name.normalize("NFC").split(/[\\/]/).pop() ?? "";
  return base.replace(/[\u0000-\u001f\u007f"]/g, "").trim();
}

export interface AttachedFile {
  id: number;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
}

export async function attachSourceFile(
  db: PrismaClient,
  { actor, slug, year, file }: { actor: Actor | null; slug: string; year: number; file: { name: string; bytes: Uint8Array } },
): Promise<{ file: AttachedFile }> {
  const { province, actor: who } = await sourceEditProvince(db, actor, slug, year);
  const filename = cleanFileName(file.name) || "tai-lieu";
  if (file.bytes.byteLength === 0) throw refuse("EMPTY_FILE");
  if (file.bytes.byteLength > MAX_FILE_BYTES) throw refuse("FILE_TOO_LARGE", { max: MAX_FILE_BYTES / 1024 / 1024 });
  if (filename.length > NAME_MAX) throw refuse("FILE_NAME_TOO_LONG", { max: NAME_MAX });
  const mediaType = documentType(file.bytes);
  if (!mediaType) throw refuse("FILE_TYPE");
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");

  return db.$transaction(async (tx) => {
    const report = await lockedDraft(tx, province.id, year, who);
    if (!report.sourceId) throw refuse("CITE_FIRST");
    const count = await tx.sourceFile.count({ where: { sourceId: report.sourceId } });
    if (count >= MAX_FILES) throw refuse("TOO_MANY_FILES", { max: MAX_FILES });
    const created = await tx.sourceFile.create({
      data: { sourceId: report.sourceId, filename, mediaType, size: file.bytes.byteLength, sha256, content: new Uint8Array(file.bytes), uploadedById: who.id },
      select: { id: true, filename: true, mediaType: true, size: true, sha256: true },
    });
    await audit(tx, { actorId: who.id, entity: "YearlyReport", entityId: report.id, action: "attach-file", provinceId: province.id, after: { file: { filename, mediaType, size: created.size, sha256 } } });
    return { file: created };
  });
}

export async function removeSourceFile(
  db: PrismaClient,
  { actor, slug, year, fileId }: { actor: Actor | null; slug: string; year: number; fileId: number },
): Promise<{ deleted: { id: number } }> {
  const { province, actor: who } = await sourceEditProvince(db, actor, slug, year);
  return db.$transaction(async (tx) => {
    const report = await lockedDraft(tx, province.id, year, who);
    const found = report.sourceId === null ? null : await tx.sourceFile.findFirst({ where: { id: fileId, sourceId: report.sourceId }, select: { id: true, filename: true, mediaType: true, size: true, sha256: true } });
    if (!found) throw refuse("UNKNOWN_FILE");
    await tx.sourceFile.delete({ where: { id: found.id } });
    const { id: _id, ...kept } = found;
    await audit(tx, { actorId: who.id, entity: "YearlyReport", entityId: report.id, action: "remove-file", provinceId: province.id, before: { file: kept }, after: {} });
    return { deleted: { id: found.id } };
  });
}
