import { NotFoundText } from "@/components/not-found-text";
import { getMessages } from "@/lib/i18n/messages";

// Here, above [years]/layout.tsx, so that it catches the layout's notFound() for an unknown term.
// The page's language comes from the address (NotFoundText reads the route's params).
export default function TermNotFound() {
  const [vi, en] = [getMessages("vi"), getMessages("en")];
  return <NotFoundText vi={{ ...vi.notFound, body: vi.charts.term.notFound }} en={{ ...en.notFound, body: en.charts.term.notFound }} />;
}
