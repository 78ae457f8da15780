// GET /api/v1/source-files/{id}: an attached source document (decision 0040), always as a download
// (Content-Disposition: attachment, the type found from its content when it was uploaded, nosniff), so a file
// is never shown inside the site's origin. Anyone may download it once a report citing it is approved; before,
// only the province's staff; otherwise 404, as if it did not exist. Never kept by the response cache or a shared
// cache: the path is not a public one (server/public-paths.ts), and the answer says private.
import type { NextRequest } from "next/server";
import { actorFromRequest } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { attachmentHeader } from "@/lib/api/attachment";
import { jsonErrors } from "@/lib/api/guard";
import { apiError } from "@/lib/api/respond";
import { readableSourceFile } from "@/lib/queries/report-source";
import { idParam } from "@/lib/api/params";

const notFound = () => apiError(404, "NOT_FOUND", (w) => w.api("NO_SUCH_ADDRESS"));

export const GET = jsonErrors(async (request: NextRequest, ctx: { params: Promise<{ id: string }> }) => {
  const id = idParam.safeParse((await ctx.params).id);
  if (!id.success) return notFound();
  const file = await readableSourceFile(db, id.data, await actorFromRequest(request));
  if (!file) return notFound();
  return new Response(new Uint8Array(file.content), {
    headers: {
      "Content-Type": file.mediaType,
      "Content-Length": String(file.size),
      "Content-Disposition": attachmentHeader(file.filename),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      ETag: `"${file.sha256}"`,
    },
  });
});
