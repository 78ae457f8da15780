import type { Metadata } from "next";
import { NotFoundText } from "@/components/not-found-text";
import { getMessages } from "@/lib/i18n/messages";
import { getI18n } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The not-found page as an ordinary page, so that it is complete HTML: server/not-found-html.ts serves it, with
// status 404, in place of the blank answer Next 16 gives a notFound() (decision 0018). `?loai=tinh|nhiem-ky` says
// what was not found.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { m } = await getI18n(params);
  return { title: m.notFound.title, robots: { index: false } };
}

export default async function NotFoundPage({ searchParams }: Props) {
  const { loai } = await searchParams;
  const [vi, en] = [getMessages("vi"), getMessages("en")];
  const body = (m: typeof vi) => (loai === "tinh" ? m.notFound.province : loai === "nhiem-ky" ? m.charts.term.notFound : m.notFound.body);
  return <NotFoundText vi={{ ...vi.notFound, body: body(vi) }} en={{ ...en.notFound, body: body(en) }} />;
}
