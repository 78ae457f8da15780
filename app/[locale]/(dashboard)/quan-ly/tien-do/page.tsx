// /quan-ly/tien-do: the progress board of the current report year (lib/domain/deadlines.ts, currentReportYear),
// or of ?nam= when the filter form chose another.
import { titleFrom } from "@/app/[locale]/(dashboard)/page-start";
import { BoardPage, type BoardSearch } from "./board-page";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<BoardSearch> };

export const generateMetadata = titleFrom((m) => m.progressBoard.title);

export default async function ProgressBoardPage({ params, searchParams }: Props) {
  return <BoardPage params={params} search={await searchParams} year={null} />;
}
