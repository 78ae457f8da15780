// The zip container of an XLSX, read from the uploaded bytes (already in memory, at most MAX_BYTES) with bounds:
// the central directory's declared sizes are checked before anything is inflated, and each entry is inflated as a
// stream whose real output is counted, so a "zip bomb" (a few MB that inflate to gigabytes) is refused early
// instead of filling the memory. Zip64, encryption and methods other than stored/deflate are not spreadsheets
// anyone sends us: refused as damaged.
import { createInflateRaw, inflateRawSync } from "node:zlib";
import { ServiceError } from "@/lib/services/errors";
import { MAX_UNZIPPED_BYTES, refuseFile } from "./limits";

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const MAX_ENTRIES = 10_000;

const broken = () => refuseFile("BAD_XLSX");
const tooBig = () => refuseFile("UNZIPPED_TOO_LARGE", { max: MAX_UNZIPPED_BYTES / 1024 / 1024 });

export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw broken();
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff || count > MAX_ENTRIES) throw broken();
  const entries = new Map<string, ZipEntry>();
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) throw broken();
    const flags = buf.readUInt16LE(at + 8);
    const nameLength = buf.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      name: buf.toString("utf8", at + 46, at + 46 + nameLength),
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      localOffset: buf.readUInt32LE(at + 42),
    };
    if (flags & 1 || (entry.method !== 0 && entry.method !== 8)) throw broken();
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff) throw broken();
    total += entry.size;
    if (total > MAX_UNZIPPED_BYTES) throw tooBig();
    entries.set(entry.name, entry);
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}

function compressed(bytes: Uint8Array, e: ZipEntry): Buffer {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = e.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) throw broken();
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  if (start + e.compressedSize > buf.length) throw broken();
  return buf.subarray(start, start + e.compressedSize);
}

/** A small entry (workbook, relationships), whole: never more than `max` bytes are inflated. */
export function entryBytes(bytes: Uint8Array, e: ZipEntry, max = 4 * 1024 * 1024): Buffer {
  if (e.size > max) throw tooBig();
  const data = compressed(bytes, e);
  if (e.method === 0) return data;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(e.size, 1) });
  } catch (err) {
    throw (err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" ? tooBig() : broken();
  }
}

/**
 * A large entry (a sheet, the shared strings) as chunks of at most 64 KB, inflated on demand. It may not inflate to
 * more than its declared size (a lie is a damaged or hostile file), itself bounded by MAX_UNZIPPED_BYTES.
 */
export async function* entryChunks(bytes: Uint8Array, e: ZipEntry): AsyncGenerator<Buffer> {
  const data = compressed(bytes, e);
  if (e.method === 0) {
    for (let i = 0; i < data.length; i += 65_536) yield data.subarray(i, i + 65_536);
    return;
  }
  const inflate = createInflateRaw({ chunkSize: 65_536 });
  inflate.end(data);
  let size = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > e.size) throw tooBig();
      yield chunk;
    }
  } catch (err) {
    if (err instanceof ServiceError) throw err;
    throw (err as { code?: string }).code?.startsWith("Z_") ? broken() : err;
  } finally {
    inflate.destroy();
  }
}
