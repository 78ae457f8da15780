// next-auth configuration: email and password (credentials), sessions as signed JWT cookies that expire after
// 8 hours. The token holds only the user id and the user's session version; role and province are read from the
// database on every request (lib/auth/actor.ts), so a change of role or a disabled account takes effect at once.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db";
import { clientAddress } from "./client-address";
import { verifyLogin } from "./verify-login";

export const SESSION_MAX_AGE = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE, updateAge: 60 * 60 },
  pages: { signIn: "/dang-nhap" },
  providers: [
    CredentialsProvider({
      name: "email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Mật khẩu", type: "password" } },
      async authorize(credentials, req) {
        if (!credentials?.email || !credentials.password) throw new Error("INVALID");
        const result = await verifyLogin(db, credentials.email, credentials.password, clientAddress(req?.headers ?? {}));
        // next-auth hands the message to the sign-in form as its error code.
        if (!result.ok) throw new Error(result.retryAfterSeconds ? `${result.reason}:${result.retryAfterSeconds}` : result.reason);
        return { id: String(result.user.id), email: result.user.email, name: result.user.name, sv: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
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
