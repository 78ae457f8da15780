// Users, for those who manage them (ADMIN): the list, a form to add one, and per user disable/enable and
// role/province. Anyone else gets a plain refusal and no data.
import { DashboardTable } from "@/components/dashboard/table";
import { can } from "@/lib/authz";
import { formatDay } from "@/lib/format/date-time";
import { listUsers, provinceOptions } from "@/lib/queries/users";
import { signedInPage, titleFrom } from "@/app/[locale]/(dashboard)/page-start";
import { CreateUserForm } from "./create-user-form";
import { UserActions } from "./user-actions";
import { Refused } from "@/components/dashboard/refused";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFrom((m) => m.dashboard.users.title);

export default async function UsersPage({ params }: Props) {
  const { locale, m, actor } = await signedInPage(params, "/quan-ly/nguoi-dung");
  const t = m.dashboard.users;
  if (!can(actor, "user:read", { provinceId: null })) {
    return <Refused title={t.title} text={t.forbidden} />;
  }
  const [users, provinces] = await Promise.all([listUsers(), provinceOptions()]);
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="text-muted">{t.intro}</p>
      <CreateUserForm t={t} locale={locale} roles={m.dashboard.roles} provinces={provinces} />
      <div className="overflow-x-auto">
        <DashboardTable
          caption={t.caption}
          className="text-sm"
          rows={users}
          rowKey={(u) => u.id}
          rowAttributes={(u) => ({ className: u.disabled ? "text-muted" : undefined, "data-testid": `user-${u.email}` })}
          columns={[
            { header: t.colEmail, className: "break-all", cell: (u) => <>{u.email} {u.id === actor.id && <span className="text-muted">{t.you}</span>}</> },
            { header: t.colName, cell: (u) => u.name },
            { header: t.colRole, cell: (u) => m.dashboard.roles[u.role] },
            { header: t.colProvince, cell: (u) => u.provinceName ?? "—" },
            { header: t.colState, cell: (u) => (u.disabled ? <strong className="text-alert">{t.disabled}</strong> : t.active) },
            { header: t.colCreated, cell: (u) => formatDay(u.createdAt, locale) },
            {
              header: t.colActions,
              cell: (u) => (
                <UserActions
                  user={{ id: u.id, email: u.email, role: u.role, provinceId: u.provinceId, disabled: u.disabled }}
                  self={u.id === actor.id} t={t} locale={locale} roles={m.dashboard.roles} provinces={provinces}
                />
              ),
            },
          ]}
        />
      </div>
    </section>
  );
}
