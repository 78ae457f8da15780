// What the import and export route handlers share: the same-origin rule of lib/api/handle.ts, reading one
// uploaded file from multipart form data within the size limit, answering as JSON or as a stream of NDJSON
// progress lines, and sending a file for download.
import { NextResponse, type NextRequest } from "next/server";
import { errorResponse } from "@/lib/api/handle";
import { apiError } from "@/lib/api/respond";
import { wordDetails } from "@/lib/api/words";
import { BodyTooLarge, readBodyLimited } from "@/lib/api/read-body";
import type { Locale } from "@/lib/domain/types";

import { MAX_BYTES, refuseFile, type OnProgress } from "@/lib/services/import/limits";
import type { OutFile } from "@/lib/services/import/workbook";

/** As lib/api/handle.ts: a browser always sends Origin on a cross-site POST; a different one is refused. */
export { refuseCrossSite } from "@/lib/api/handle";

// The multipart envelope around the file: boundaries, headers, the other small fields.
const ENVELOPE = 64 * 1024;

export interface Upload {
  file: { name: string; bytes: Uint8Array };
  fields: Record<string, string>;
}

/**
 * How numbers written as text in a file are read, and written in a CSV: always the Vietnamese way ("1.342",
 * "4,67"), whatever the page's language. The templates are Vietnamese (headers, words), and a file read one way
 * in one language and another way in the other would import different numbers from the same file.
 */
export const FILE_LOCALE: Locale = "vi";

/** The uploaded file and the form's other fields; a ServiceError (INVALID, with `file`) when there is none. */
export async function readUpload(request: NextRequest): Promise<Upload> {
  const length = Number(request.headers.get("content-length") ?? NaN);
  // Refused before reading: a 50 MB upload is not buffered just to be turned away.
  if (Number.isFinite(length) && length > MAX_BYTES + ENVELOPE) throw refuseFile("TOO_LARGE", { max: MAX_BYTES / 1024 / 1024 });
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) throw refuseFile("NO_FILE");
  // Read within the limit first (lib/api/read-body.ts): formData() alone would buffer whatever is sent.
  let bytes: Uint8Array;
  try {
    bytes = await readBodyLimited(request, MAX_BYTES + ENVELOPE);
  } catch (err) {
    if (err instanceof BodyTooLarge) throw refuseFile("TOO_LARGE", { max: MAX_BYTES / 1024 / 1024 });
    throw err;
  }
  let form: FormData;
  try {
    form = await new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { "content-type": request.headers.get("content-type")! } }).formData();
  } catch {
    throw refuseFile("NO_FILE");
  }
  const file = form.get("file");
  if (!file || typeof file === "string") throw refuseFile("NO_FILE");
  if (file.size > MAX_BYTES) throw refuseFile("TOO_LARGE", { max: MAX_BYTES / 1024 / 1024 });
  const fields: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === "string") fields[k] = v;
  return { file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, fields };
}

/** The error as the API words it (lib/api/handle.ts), as a plain object for an NDJSON line. */
async function errorBody(err: unknown): Promise<{ status: number; error: unknown }> {
  const res = errorResponse(err);
  return { status: res.status, ...((await res.json()) as { error: unknown }) };
}

export function wantsStream(request: NextRequest): boolean {
  return (request.headers.get("accept") ?? "").includes("application/x-ndjson");
}

/**
 * Runs an import. With `Accept: application/x-ndjson`, answers at once with a stream of lines:
 * {"type":"progress","phase","done","total"}… then {"type":"result",…} or {"type":"error","status",…}
 * (the HTTP status is 200 once streaming has begun, so the final line carries the outcome). Otherwise one
 * JSON answer with the right status.
 */
export async function runImport(request: NextRequest, run: (onProgress?: OnProgress) => Promise<unknown>): Promise<Response> {
  if (!wantsStream(request)) {
    try {
      return NextResponse.json(wordDetails(await run()), { headers: { "Cache-Control": "no-store" } });
    } catch (err) {
      return errorResponse(err);
    }
  }
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (o: unknown) => controller.enqueue(encoder.encode(JSON.stringify(o) + "\n"));
      try {
        const result = await run((p) => send({ type: "progress", ...p }));
        send({ type: "result", ...wordDetails(result as object) });
      } catch (err) {
        send({ type: "error", ...(await errorBody(err)) });
      }
      controller.close();
    },
  });
  // no-transform: a compressing proxy (or Next's own gzip) would hold the small progress lines back.
  return new Response(stream, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store, no-transform", "X-Accel-Buffering": "no" } });
}

export function fileResponse(f: OutFile): Response {
  // RFC 6266: an ASCII name for old clients; our names are ASCII anyway (slugs and dates).
  return new Response(new Uint8Array(f.body), {
    headers: { "Content-Type": f.contentType, "Content-Disposition": `attachment; filename="${f.fileName}"`, "Cache-Control": "private, no-store" },
  });
}

/** ?format=…: xlsx when absent, null for anything but xlsx or csv. */
export const parseFileFormat = (v: string | null): "xlsx" | "csv" | null => (v === null || v === "xlsx" ? "xlsx" : v === "csv" ? "csv" : null);

export const badFormat = () => apiError(400, "BAD_PARAMETER", (w) => w.api("IMPORT_FORMAT"), "format");

