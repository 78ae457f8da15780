import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/require";
import { localePath } from "@/lib/i18n/paths";
import { getI18n } from "@/lib/i18n/server";
import { PasswordForm } from "./password-form";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { m } = await getI18n(params);
  return { title: m.auth.password.title };
}

export default async function ChangePasswordPage({ params }: Props) {
  const { locale, m } = await getI18n(params);
  await requireActor(locale, "/tai-khoan/mat-khau");
  const t = m.auth.password;
  return (
    <section className="max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="text-muted">{t.intro}</p>
      <PasswordForm t={t} afterChange={`${localePath(locale, "/dang-nhap")}?changed=1`} />
    </section>
  );
}
