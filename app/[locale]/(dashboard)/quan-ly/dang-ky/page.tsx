import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/require";
import { getI18n } from "@/lib/i18n/server";
import { ProvinceChooser } from "./_ui/province-chooser";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { m } = await getI18n(params);
  return { title: m.register.title };
}

export default async function RegisterIndex({ params }: Props) {
  const { locale, m } = await getI18n(params);
  const actor = await requireActor(locale, "/quan-ly/dang-ky");
  return <ProvinceChooser actor={actor} base="/quan-ly/dang-ky" title={m.register.title} locale={locale} m={m} />;
}
