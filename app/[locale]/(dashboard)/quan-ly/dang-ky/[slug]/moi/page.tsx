import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { localePath } from "@/lib/i18n/paths";
import { unionsOf } from "@/lib/queries/register-unions";
import { createUnitAction } from "@/app/[locale]/(dashboard)/quan-ly/dang-ky/[slug]/actions";
import { UnitForm } from "@/app/[locale]/(dashboard)/quan-ly/dang-ky/[slug]/unit-form";
import { provincePage, titleFrom, type SlugParams } from "@/app/[locale]/(dashboard)/page-start";
import { Refused } from "@/components/dashboard/refused";

type Props = { params: SlugParams };

export const generateMetadata = titleFrom((m) => m.register.form.titleNew);

export default async function NewUnitPage({ params }: Props) {
  const { locale, m, province, mayEdit } = await provincePage(params, (s) => `/quan-ly/dang-ky/${s}/moi`, "register");
  if (!province) notFound();
  const t = m.register;
  if (!mayEdit) return <Refused title={m.small.refused.title} text={t.errors.FORBIDDEN} />;
  const unions = await unionsOf(db, province.id);
  return (
    <div className="max-w-3xl space-y-4">
      <Link href={localePath(locale, `/quan-ly/dang-ky/${province.slug}`)}>{t.actions.back}</Link>
      <h1 className="text-2xl font-bold">{t.form.titleNew}</h1>
      <p className="text-muted">{province.name}</p>
      <UnitForm action={createUnitAction.bind(null, province.slug, locale)} initial={{}} unions={unions} t={t} showDissolved={false} />
    </div>
  );
}
