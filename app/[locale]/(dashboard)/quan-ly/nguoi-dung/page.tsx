// Users, for those who manage them (ADMIN): the list, a form to add one, and per user disable/enable and
// role/province. Anyone else gets a plain refusal and no data.
import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/require";
import { can } from "@/lib/authz";
import { formatDay } from "@/lib/format/date-time";
import { getI18n } from "@/lib/i18n/server";
import { listUsers, provinceOptions } from "@/lib/queries/users";
import { CreateUserForm } from "./create-user-form";
import { UserActions } from "./user-actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { m } = await getI18n(params);
  return { title: m.dashboard.users.title };
}

export default async function UsersPage({ params }: Props) {
  const { locale, m } = await getI18n(params);
  const actor = await requireActor(locale, "/quan-ly/nguoi-dung");
  const t = m.dashboard.users;
  if (!can(actor, "user:manage", { provinceId: null })) {
    return (
      <section className="space-y-4">
        <h1 className="text-2xl font-bold">{t.title}</h1>
        <p role="alert" className="rounded border border-alert bg-alert-soft p-3 text-alert">{t.forbidden}</p>
      </section>
    );
  }
  const [users, provinces] = await Promise.all([listUsers(), provinceOptions()]);
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="text-muted">{t.intro}</p>
      <CreateUserForm t={t} roles={m.dashboard.roles} provinces={provinces} />
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t.caption}</caption>
          <thead>
            <tr className="border-b border-line">
              {[t.colEmail, t.colName, t.colRole, t.colProvince, t.colState, t.colCreated, t.colActions].map((c) => (
                <th key={c} scope="col" className="py-2 pr-3">{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className={`border-b border-line align-top ${u.disabled ? "text-muted" : ""}`} data-testid={`user-${u.email}`}>
                <th scope="row" className="break-all py-2 pr-3 font-normal">
                  {u.email} {u.id === actor.id && <span className="text-muted">{t.you}</span>}
                </th>
                <td className="py-2 pr-3">{u.name}</td>
                <td className="py-2 pr-3">{m.dashboard.roles[u.role]}</td>
                <td className="py-2 pr-3">{u.provinceName ?? "—"}</td>
                <td className="py-2 pr-3">{u.disabled ? <strong className="text-alert">{t.disabled}</strong> : t.active}</td>
                <td className="py-2 pr-3">{formatDay(u.createdAt, locale)}</td>
                <td className="py-2">
                  <UserActions
                    user={{ id: u.id, email: u.email, role: u.role, provinceId: u.provinceId, disabled: u.disabled }}
                    self={u.id === actor.id} t={t} roles={m.dashboard.roles} provinces={provinces}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
