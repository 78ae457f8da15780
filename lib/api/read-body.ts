// Reads a request body up to a limit, counting bytes as they arrive: a body that declares more is refused before
// a byte is read, and one that sends more (no Content-Length, or a false one) is cut off as soon as it passes the
// limit. `request.text()` / `formData()` would first buffer all of it: one 200 MB PUT grew the server by 554 MB.
import { apiError } from "./respond";

/** JSON writes of the API: a report's values are a few kilobytes; 1 MB leaves a wide margin. */
export const JSON_BODY_LIMIT = 1024 * 1024;

export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`request body over ${limit} bytes`);
  }
}

export async function readBodyLimited(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLarge(limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Stop pulling: what the client still sends is discarded by the socket, never kept.
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

/** The 413 of the JSON API; the catalogue writes the megabytes as each language writes numbers (1,5 / 1.5). */
export function tooLarge(limit: number) {
  const mb = Math.round((limit / 1024 / 1024) * 10) / 10;
  return apiError(413, "TOO_LARGE", (w) => w.api("TOO_LARGE", { mb }));
}
