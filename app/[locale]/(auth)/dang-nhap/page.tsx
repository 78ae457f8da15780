// The login page: outside the dashboard's layout (it must show to anonymous visitors). A user already signed in
// goes straight on to where they were heading.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/actor";
import { safeBackPath } from "@/lib/auth/safe-back";
import { getI18n } from "@/lib/i18n/server";
import { LoginForm } from "./login-form";

// It reads the session (a signed-in user is sent on): rendered per request, never cached.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ back?: string | string[]; changed?: string }> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { m } = await getI18n(params);
  return { title: m.auth.login.title, robots: { index: false } };
}

export default async function LoginPage({ params, searchParams }: Props) {
  const { locale, m } = await getI18n(params);
  const sp = await searchParams;
  const back = safeBackPath(Array.isArray(sp.back) ? sp.back[0] : sp.back, locale);
  if (await currentActor()) redirect(back);
  const t = m.auth.login;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="mt-2 text-muted">{t.intro}</p>
      {sp.changed === "1" && (
        <p role="status" className="mt-4 rounded border border-ok bg-surface p-3 text-ok">
          {t.passwordChanged}
        </p>
      )}
      <LoginForm
        back={back}
        text={{
          email: t.email, password: t.password, submit: t.submit, submitting: t.submitting, required: t.required,
          invalid: t.invalid, rateAccount: t.rateAccount, rateAddress: t.rateAddress, rateAccountGlobal: t.rateAccountGlobal, failed: t.failed,
        }}
      />
    </div>
  );
}
