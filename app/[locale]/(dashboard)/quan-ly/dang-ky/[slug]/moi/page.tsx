import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { getI18n } from "@/lib/i18n/server";
import { localePath } from "@/lib/i18n/paths";
import { unionsOf } from "@/lib/services/register/unions";
import { createUnitAction } from "../actions";
import { Forbidden } from "../forbidden";
import { loadRegisterPage, type SlugParams } from "../load";
import { UnitForm } from "../unit-form";

type Props = { params: SlugParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { m } = await getI18n(params);
  return { title: m.register.form.titleNew };
}

export default async function NewUnitPage({ params }: Props) {
  const { locale, m, province, mayEdit } = await loadRegisterPage(params, (s) => `/quan-ly/dang-ky/${s}/moi`);
  if (!province) notFound();
  const t = m.register;
  if (!mayEdit) return <Forbidden text={t.errors.FORBIDDEN} />;
  const unions = await unionsOf(db, province.id);
  return (
    <div className="max-w-3xl space-y-4">
      <Link href={localePath(locale, `/quan-ly/dang-ky/${province.slug}`)}>{t.actions.back}</Link>
      <h1 className="text-2xl font-bold">{t.form.titleNew}</h1>
      <p className="text-muted">{province.name}</p>
      <UnitForm action={createUnitAction.bind(null, province.slug, locale)} initial={{}} unions={unions} t={t} locale={locale} showDissolved={false} />
    </div>
  );
}
