import { NotFoundText } from "@/components/not-found-text";
import { getMessages } from "@/lib/i18n/messages";

// The page's language comes from the address (NotFoundText reads the route's params).
export default function ProvinceNotFound() {
  const [vi, en] = [getMessages("vi").notFound, getMessages("en").notFound];
  return <NotFoundText vi={{ ...vi, body: vi.province }} en={{ ...en, body: en.province }} />;
}
