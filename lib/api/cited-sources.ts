// The sources a year's values cite, once each, as the open-data API lists them beside the values (decision 0040):
// an article's title, publisher and address, or a document cited by staff with its number, issuer, date and the
// addresses of its attached files.
import { sourceFileHref } from "@/lib/format/citation";
import type { SourceRef } from "@/lib/queries/shapes";

export interface CitedSource {
  key: string;
  title: string;
  documentNo: string | null;
  publisher: string | null;
  publishedOn: string | null;
  url: string | null;
  files: { url: string; filename: string; mediaType: string; size: number }[];
}

export function citedSources(values: { source: SourceRef | null }[]): CitedSource[] {
  const seen = new Map<string, CitedSource>();
  for (const { source: s } of values) {
    if (!s || seen.has(s.key)) continue;
    const files = (s.files ?? []).map((f) => ({ url: sourceFileHref(f.id), filename: f.filename, mediaType: f.mediaType, size: f.size }));
    seen.set(s.key, { key: s.key, title: s.title, documentNo: s.documentNo ?? null, publisher: s.publisher, publishedOn: s.publishedOn, url: s.url, files });
  }
  return [...seen.values()];
}
