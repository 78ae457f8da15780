// The audit log: who changed what, when, and why. ADMIN reads every province; a provincial user only their
// own (the province filter is fixed to it, whatever the address says); the committee does not read it.
import { can } from "@/lib/authz";
import { fill } from "@/lib/i18n/fill";
import { localePath } from "@/lib/i18n/paths";
import { auditPage, auditUsers, indicatorCatalogue, reportIdFor } from "@/lib/queries/audit-log";
import { provinceOptions } from "@/lib/queries/users";
import { signedInPage, titleFrom } from "@/app/[locale]/(dashboard)/page-start";
import { AuditFilters, type FilterValues } from "./audit-filters";
import { AuditTable } from "./audit-table";
import { Refused } from "@/components/dashboard/refused";

type Search = Partial<Record<keyof FilterValues | "truoc", string | string[]>>;
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Search> };

export const generateMetadata = titleFrom((m) => m.dashboard.audit.title);

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
const positiveInt = (v: string) => (/^\d{1,9}$/.test(v) && Number(v) > 0 ? Number(v) : null);

export default async function AuditLogPage({ params, searchParams }: Props) {
  const { locale, m, actor } = await signedInPage(params, "/quan-ly/nhat-ky");
  const t = m.dashboard.audit;
  const sp = await searchParams;
  const values: FilterValues = { tinh: one(sp.tinh), nam: one(sp.nam), nguoi: one(sp.nguoi), loai: one(sp.loai) };

  const provinces = await provinceOptions();
  // A provincial user's scope is their province, never the one in the address.
  const chosen = actor.provinceId !== null ? provinces.find((p) => p.id === actor.provinceId) : provinces.find((p) => p.slug === values.tinh);
  const provinceId = actor.provinceId ?? chosen?.id ?? null;
  if (!can(actor, "audit:read", { provinceId })) {
    return <Refused title={t.title} text={t.forbidden} />;
  }

  const year = positiveInt(values.nam);
  const reportId = provinceId !== null && year ? await reportIdFor(provinceId, year) : null;
  const noSuchReport = provinceId !== null && year !== null && reportId === null;
  const before = /^\d{1,18}$/.test(one(sp.truoc)) ? BigInt(one(sp.truoc)) : null;
  const entity = values.loai in t.entities ? values.loai : null;
  const [page, users, indicators] = await Promise.all([
    noSuchReport ? { rows: [], nextBefore: null } : auditPage({ provinceId, reportId, actorId: positiveInt(values.nguoi), entity, before }),
    auditUsers(actor.provinceId),
    indicatorCatalogue(),
  ]);

  const base = localePath(locale, "/quan-ly/nhat-ky");
  const query = new URLSearchParams(Object.entries(values).filter(([k, v]) => v && (k !== "tinh" || actor.provinceId === null)));
  const withCursor = (c: string) => `${base}?${new URLSearchParams([...query, ["truoc", c]])}`;
  return (
    <section className="space-y-5">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="text-muted">{actor.provinceId !== null && chosen ? fill(t.introProvince, { province: chosen.name }) : t.intro}</p>
      <AuditFilters action={base} values={values} provinces={actor.provinceId === null ? provinces : null} users={users} m={m} />
      <AuditTable rows={page.rows} locale={locale} m={m} indicators={indicators} provinces={new Map(provinces.map((p) => [p.id, p.name]))} />
      <nav className="flex gap-4" aria-label={t.caption}>
        {before !== null && <a href={`${base}${query.size ? `?${query}` : ""}`}>{t.first}</a>}
        {page.nextBefore && <a href={withCursor(page.nextBefore)} rel="next">{t.next}</a>}
      </nav>
    </section>
  );
}
