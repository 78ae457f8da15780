// next-auth configuration: email and password (credentials), sessions as signed JWT cookies that expire after
// 8 hours. The token holds only the user id and the user's session version; role and province are read from the
// database on every request (lib/auth/actor.ts), so a change of role or a disabled account takes effect at once.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { authorizeCredentials } from "./authorize";
import { safeAuthRedirect } from "./safe-back";

export const SESSION_MAX_AGE = 8 * 60 * 60;

const { NEXTAUTH_SECRET, PUBLIC_URL, NEXTAUTH_URL } = env();

export const authOptions: NextAuthOptions = {
  secret: NEXTAUTH_SECRET,
  // Secure cookies exactly when the public URL is https. getToken() (lib/auth/actor.ts, proxy.ts) looks for the
  // Secure cookie by the same rule, as NEXTAUTH_URL, which server/edge.ts sets from PUBLIC_URL: the two agree.
  useSecureCookies: (PUBLIC_URL || NEXTAUTH_URL)?.startsWith("https://") ?? false,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE, updateAge: 60 * 60 },
  pages: { signIn: "/dang-nhap" },
  providers: [
    CredentialsProvider({
      name: "email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Mật khẩu", type: "password" } },
      // Throws only fixed codes: next-auth hands the message to the sign-in form (and puts it in the URL).
      authorize: (credentials, req) => authorizeCredentials(db, credentials, req?.headers),
    }),
  ],
  callbacks: {
    // Every callbackUrl next-auth would send a browser to passes the site's one redirect rule.
    redirect: ({ url, baseUrl }) => safeAuthRedirect(url, baseUrl),
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = (user as { sv?: number }).sv ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv };
    },
  },
};
