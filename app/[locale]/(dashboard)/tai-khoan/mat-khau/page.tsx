import { localePath } from "@/lib/i18n/paths";
import { signedInPage, titleFrom } from "@/app/[locale]/(dashboard)/page-start";
import { PasswordForm } from "./password-form";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFrom((m) => m.auth.password.title);

export default async function ChangePasswordPage({ params }: Props) {
  const { locale, m } = await signedInPage(params, "/tai-khoan/mat-khau");
  const t = m.auth.password;
  return (
    <section className="max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="text-muted">{t.intro}</p>
      <PasswordForm t={t} locale={locale} afterChange={`${localePath(locale, "/dang-nhap")}?changed=1`} />
    </section>
  );
}
