// A staff-cited document in words (decision 0040): "Báo cáo số 25/BC-LMHTX ngày 15/12/2025 của Liên minh HTX tỉnh
// Thái Nguyên" / "Report No. 25/BC-LMHTX of 15 Dec 2025, Liên minh HTX tỉnh Thái Nguyên"; and an attached file's
// link text. The issuer's name stays as written (a Vietnamese proper name).
import { formatDate } from "@/lib/domain/dates";
import { formatNumber } from "@/lib/domain/numbers";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";

export interface Cited {
  documentNo: string;
  publishedOn: Date | string | null;
  publisher: string | null;
}

export function citationText(s: Cited, locale: Locale, m: Pick<Messages, "sources">): string {
  const date = s.publishedOn ? formatDate(s.publishedOn, locale) : "…";
  return fill(m.sources.citation, { no: s.documentNo, date, issuer: s.publisher ?? "…" }, locale);
}

/** The documents a report may attach, by kind, with the media type each is stored and served as (decision 0040). */
export const DOCUMENT_TYPES = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

export type DocumentKind = keyof typeof DOCUMENT_TYPES;

const KIND_BY_TYPE = new Map(Object.entries(DOCUMENT_TYPES).map(([kind, type]) => [type as string, kind as DocumentKind]));

/** The upload field's `accept`: the kinds' extensions and media types. */
export const DOCUMENT_ACCEPT = [...Object.keys(DOCUMENT_TYPES).map((kind) => `.${kind}`), ...Object.values(DOCUMENT_TYPES)].join(",");

const kindOfType = (mediaType: string): DocumentKind | null => KIND_BY_TYPE.get(mediaType) ?? null;

/** "120 KB", "1,5 MB" in the page's way of writing numbers. */
export function fileSizeText(bytes: number, locale: Locale): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, locale, { maxFractionDigits: 1 })} MB`;
}

/** "PDF, 120 KB". */
export function fileFacts(f: { mediaType: string; size: number }, locale: Locale, m: Pick<Messages, "sources">): { type: string; size: string } {
  const kind = kindOfType(f.mediaType);
  return { type: kind ? m.sources.kinds[kind] : f.mediaType, size: fileSizeText(f.size, locale) };
}

/** Where an attached file is downloaded (app/api/v1/source-files/[id]/route.ts). */
export const sourceFileHref = (id: number) => `/api/v1/source-files/${id}`;
