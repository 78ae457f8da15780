import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";

export default async function ProvinceNotFound() {
  const { m } = await getI18n();
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">{m.notFound.title}</h1>
      <p>{m.notFound.province}</p>
      <Link href="/">{m.notFound.back}</Link>
    </div>
  );
}
