import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/require";
import { getI18n } from "@/lib/i18n/server";
import { ProvinceChooser } from "../dang-ky/_ui/province-chooser";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { m } = await getI18n(params);
  return { title: m.register.targets.title };
}

export default async function TargetsIndex({ params }: Props) {
  const { locale, m } = await getI18n(params);
  const actor = await requireActor(locale, "/quan-ly/muc-tieu");
  return <ProvinceChooser actor={actor} base="/quan-ly/muc-tieu" title={m.register.targets.title} locale={locale} m={m} />;
}
