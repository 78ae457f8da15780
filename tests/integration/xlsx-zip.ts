// Hostile XLSX files for the upload tests, written without holding their inflated content: a minimal zip writer
// (deflate, CRC-32, central directory) whose large parts come from generators, so a 600,000-row sheet of ~60 MB
// of XML is built in a few MB of memory. `declaredSize` lets a part lie about its size, as a zip bomb does.
import { constants, deflateRawSync } from "node:zlib";

// zlib.crc32 needs Node 20.15; the project supports 20.9.
const TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer, previous = 0): number {
  let c = ~previous >>> 0;
  for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

export interface Part {
  name: string;
  /** The part's text, in pieces (a generator for large parts). */
  pieces: Iterable<string>;
  declaredSize?: number;
}

function deflatePart(pieces: Iterable<string>) {
  const out: Buffer[] = [];
  let crc = 0;
  let size = 0;
  let batch: string[] = [];
  let batchLength = 0;
  const flush = () => {
    const raw = Buffer.from(batch.join(""), "utf8");
    crc = crc32(raw, crc);
    size += raw.length;
    out.push(deflateGroup(raw));
    batch = [];
    batchLength = 0;
  };
  for (const p of pieces) {
    batch.push(p);
    batchLength += p.length;
    if (batchLength > 4 << 20) flush();
  }
  flush();
  return { data: Buffer.concat(out), crc, size };
}

// Each batch becomes a run of non-final deflate blocks ending on a byte boundary (Z_FULL_FLUSH), so batches
// concatenate into one stream; an empty final block ends it.
function deflateGroup(raw: Buffer): Buffer {
  return deflateRawSync(raw, { finishFlush: constants.Z_FULL_FLUSH, level: 6 });
}
const FINAL = deflateRawSync(Buffer.alloc(0));

export function zip(parts: Part[]): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const { data: body, crc, size } = deflatePart(part.pieces);
    const data = Buffer.concat([body, FINAL]);
    const name = Buffer.from(part.name, "utf8");
    const declared = part.declaredSize ?? size;
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6); // UTF-8 names
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(crc >>> 0, 14);
    head.writeUInt32LE(data.length, 18);
    head.writeUInt32LE(declared, 22);
    head.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc >>> 0, 16);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(declared, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    local.push(head, name, data);
    central.push(dir, name);
    offset += head.length + name.length + data.length;
  }
  const dirSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, ...central, end]));
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A workbook of one sheet named `sheet`, whose rows and shared strings come from generators. */
export function workbook(sheet: string, rows: Iterable<string>, strings: Iterable<string> = [], opts: { sheetSize?: number } = {}): Uint8Array {
  return zip([
    { name: "[Content_Types].xml", pieces: [`${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`] },
    { name: "_rels/.rels", pieces: [`${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`] },
    { name: "xl/workbook.xml", pieces: [`${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>`] },
    { name: "xl/_rels/workbook.xml.rels", pieces: [`${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`] },
    { name: "xl/sharedStrings.xml", pieces: wrap(`${XML}<sst xmlns="${MAIN}">`, strings, "</sst>") },
    { name: "xl/worksheets/sheet1.xml", pieces: wrap(`${XML}<worksheet xmlns="${MAIN}"><sheetData>`, rows, "</sheetData></worksheet>"), declaredSize: opts.sheetSize },
  ]);
}

function* wrap(head: string, body: Iterable<string>, tail: string) {
  yield head;
  yield* body;
  yield tail;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** A row of inline-string and number cells. */
export function row(n: number, cells: (string | number)[]): string {
  const c = cells.map((v, i) => {
    const ref = `${String.fromCharCode(65 + i)}${n}`;
    return typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
  });
  return `<row r="${n}">${c.join("")}</row>`;
}
