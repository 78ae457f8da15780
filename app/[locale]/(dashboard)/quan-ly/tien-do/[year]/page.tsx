// /quan-ly/tien-do/{year}: the progress board of one report year (2000–2100; anything else is not found).
import { notFound } from "next/navigation";
import { titleFrom } from "@/app/[locale]/(dashboard)/page-start";
import { BoardPage, boardYearParam, type BoardSearch } from "@/app/[locale]/(dashboard)/quan-ly/tien-do/board-page";

type Props = { params: Promise<{ locale: string; year: string }>; searchParams: Promise<BoardSearch> };

export const generateMetadata = titleFrom((m) => m.progressBoard.title);

export default async function ProgressBoardYearPage({ params, searchParams }: Props) {
  const year = boardYearParam((await params).year);
  if (year === null) notFound();
  return <BoardPage params={params} search={await searchParams} year={year} />;
}
