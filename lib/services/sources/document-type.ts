// What an uploaded document is, judged from its bytes, never from its name or the browser's word (decision 0040):
// a PDF starts with "%PDF-"; an XLSX or a DOCX is a zip whose central directory lists xl/workbook.xml or
// word/document.xml. The zip is read with the import's bounded reader (lib/services/import/zip.ts): only the
// directory, nothing is inflated. Anything else (an EXE, an HTML page, a .doc, a zip of something else) is refused.
import { DOCUMENT_TYPES } from "@/lib/format/citation";
import { zipEntries } from "@/lib/services/import/zip";

export type DocumentMediaType = (typeof DOCUMENT_TYPES)[keyof typeof DOCUMENT_TYPES];

const startsWith = (bytes: Uint8Array, ascii: string) => bytes.length >= ascii.length && [...ascii].every((c, i) => bytes[i] === c.charCodeAt(0));

export function documentType(bytes: Uint8Array): DocumentMediaType | null {
  if (startsWith(bytes, "%PDF-")) return DOCUMENT_TYPES.pdf;
  if (!startsWith(bytes, "PK\x03\x04")) return null;
  let names: Set<string>;
  try {
    names = new Set(zipEntries(bytes).keys());
  } catch {
    return null; // damaged, encrypted, zip64: not a document we take
  }
  if (!names.has("[Content_Types].xml")) return null;
  const xlsx = names.has("xl/workbook.xml");
  const docx = names.has("word/document.xml");
  if (xlsx === docx) return null; // neither, or a file that claims to be both
  return xlsx ? DOCUMENT_TYPES.xlsx : DOCUMENT_TYPES.docx;
}
