import Link from "next/link";
import { getMessages } from "@/lib/i18n/messages";

// Here, above [years]/layout.tsx, so that it catches the layout's notFound() for an unknown term.
// Next gives a not-found page no route params, so it cannot know the language: it says it in both.
export default function TermNotFound() {
  const [vi, en] = [getMessages("vi"), getMessages("en")];
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">{vi.notFound.title}</h1>
      <p>{vi.charts.term.notFound}</p>
      <p lang="en" className="text-muted">
        {en.notFound.title}. {en.charts.term.notFound}
      </p>
      <Link href="/">{vi.notFound.back}</Link>
    </div>
  );
}
