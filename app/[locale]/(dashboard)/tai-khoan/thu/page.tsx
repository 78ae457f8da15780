// The language of the signed-in user's notification mail (decision 0038).
import { db } from "@/lib/db";
import { signedInPage, titleFrom } from "@/app/[locale]/(dashboard)/page-start";
import { MailLocaleForm } from "./mail-locale-form";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFrom((m) => m.notifications.account.title);

export default async function MailLanguagePage({ params }: Props) {
  const { locale, m, actor } = await signedInPage(params, "/tai-khoan/thu");
  const t = m.notifications.account;
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { locale: true } });
  return (
    <section className="max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="text-muted">{t.intro}</p>
      <MailLocaleForm t={t} locale={locale} current={user?.locale === "en" ? "en" : "vi"} />
    </section>
  );
}
