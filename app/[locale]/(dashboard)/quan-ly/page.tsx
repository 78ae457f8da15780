// The dashboard's home: a provincial user's own yearly reports; for users not tied to one province (ADMIN,
// COMMITTEE) a picker of every province with its reports' states, and the chosen province's reports.
import { can } from "@/lib/authz";
import { fill } from "@/lib/i18n/fill";
import { provinceHead, provincesWithStatuses } from "@/lib/queries/dashboard-reports";
import { signedInPage, titleFrom } from "@/app/[locale]/(dashboard)/page-start";
import { ProvincePicker } from "./province-picker";
import { ProvinceReports } from "./province-reports";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ tinh?: string | string[] }> };

export const generateMetadata = titleFrom((m) => m.dashboard.home.title);

export default async function DashboardHome({ params, searchParams }: Props) {
  const { locale, m, actor } = await signedInPage(params, "/quan-ly");
  const t = m.dashboard.home;

  if (actor.provinceId !== null) {
    const province = await provinceHead({ id: actor.provinceId });
    if (!province) return <p role="alert">{t.noProvince}</p>;
    return (
      <section className="space-y-4">
        <h1 className="text-2xl font-bold">{fill(t.provinceTitle, { province: province.name })}</h1>
        <ProvinceReports province={province} actor={actor} locale={locale} m={m} />
      </section>
    );
  }

  const raw = (await searchParams).tinh;
  const slug = Array.isArray(raw) ? raw[0] : raw;
  const [rows, selected] = await Promise.all([provincesWithStatuses(), slug ? provinceHead({ slug }) : null]);
  // Draft counts are private too: a row shows them only to those who may read that province's drafts.
  const visible = rows.map((r) => (can(actor, "report:read-draft", { provinceId: r.id }) ? r : { ...r, counts: { ...r.counts, DRAFT: 0, SUBMITTED: 0 } }));
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      {actor.role === "COMMITTEE" && <p className="rounded border border-warn bg-warn-soft p-3 text-warn">{t.committeeNote}</p>}
      {slug && !selected && <p role="alert" className="text-alert">{t.unknownProvince}</p>}
      {selected && (
        <section className="space-y-4" aria-labelledby="selected-province">
          <h2 id="selected-province" className="text-xl font-bold">{fill(t.provinceTitle, { province: selected.name })}</h2>
          <ProvinceReports province={selected} actor={actor} locale={locale} m={m} />
        </section>
      )}
      <ProvincePicker rows={visible} selected={selected?.slug ?? null} locale={locale} m={m} />
    </div>
  );
}
