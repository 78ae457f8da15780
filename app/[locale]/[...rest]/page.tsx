import { notFound } from "next/navigation";

// Any other address under a language: the not-found page, inside the site's layout.
export default function Unknown() {
  notFound();
}
