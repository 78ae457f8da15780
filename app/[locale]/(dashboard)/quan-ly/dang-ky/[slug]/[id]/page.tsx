// Edit one unit of the register, or record its dissolution. The unit must belong to the province of the
// address; its province (not the address) decides who may change it.
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { formatNumber } from "@/lib/domain/numbers";
import { fill } from "@/lib/i18n/fill";
import { localePath } from "@/lib/i18n/paths";
import { unionsOf } from "@/lib/queries/register-unions";
import { dissolveUnitAction, updateUnitAction } from "@/app/[locale]/(dashboard)/quan-ly/dang-ky/[slug]/actions";
import { UnitForm } from "@/app/[locale]/(dashboard)/quan-ly/dang-ky/[slug]/unit-form";
import { provincePage, titleFrom } from "@/app/[locale]/(dashboard)/page-start";
import { DissolveForm } from "./dissolve-form";
import { Refused } from "@/components/dashboard/refused";

type Props = { params: Promise<{ locale: string; slug: string; id: string }> };

export const generateMetadata = titleFrom((m) => m.register.title);

const text = (v: number | string | null) => (v === null ? "" : String(v));

export default async function EditUnitPage({ params }: Props) {
  const { id: rawId } = await params;
  const { locale, m, province, mayEdit } = await provincePage(params, (s) => `/quan-ly/dang-ky/${s}/${rawId}`, "register");
  const id = /^\d{1,9}$/.test(rawId) ? Number(rawId) : null;
  if (!province || id === null) notFound();
  const t = m.register;
  if (!mayEdit) return <Refused title={m.small.refused.title} text={t.errors.FORBIDDEN} />;
  const unit = await db.registerUnit.findUnique({ where: { id } });
  if (!unit || unit.provinceId !== province.id) return <Refused title={m.small.refused.title} text={t.notFound} />;
  const unions = (await unionsOf(db, province.id)).filter((u) => u.id !== unit.id);
  // Members are shown the page's way ("1.342"), so saving an untouched form reads them back the same.
  const count = (v: number | null) => (v === null ? "" : formatNumber(v, locale));
  const initial = {
    name: unit.name, type: unit.type, sector: unit.sector, commune: text(unit.commune), registrationNo: text(unit.registrationNo),
    foundedYear: text(unit.foundedYear), dissolvedYear: text(unit.dissolvedYear), members: count(unit.members), workers: count(unit.workers),
    rating: text(unit.rating), ratingYear: text(unit.ratingYear), unionId: text(unit.unionId),
  };
  return (
    <div className="max-w-3xl space-y-6">
      <Link href={localePath(locale, `/quan-ly/dang-ky/${province.slug}`)}>{t.actions.back}</Link>
      <h1 className="text-2xl font-bold">{fill(t.form.titleEdit, { name: unit.name })}</h1>
      <UnitForm action={updateUnitAction.bind(null, unit.id, locale)} initial={initial} unions={unions} t={t} showDissolved />
      <section aria-labelledby="dissolve-title" className="space-y-2 rounded border border-line bg-surface p-4">
        <h2 id="dissolve-title" className="text-lg font-semibold">{t.dissolve.title}</h2>
        {unit.dissolvedYear !== null ? (
          <p>{fill(t.dissolve.already, { year: unit.dissolvedYear })}</p>
        ) : (
          <DissolveForm action={dissolveUnitAction.bind(null, unit.id, locale)} t={t} />
        )}
      </section>
    </div>
  );
}
