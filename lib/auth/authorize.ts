// What next-auth's credentials provider runs (lib/auth/options.ts). next-auth puts the message of whatever
// authorize throws into the login answer's URL (?error=…) and hands it to the form, so only fixed codes may be
// thrown: INVALID, RATE_LIMIT_*:<seconds>, and UNAVAILABLE for anything unexpected (a database that is down
// would otherwise put its host and port in the URL). The real error goes to the server's log.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { clientAddress } from "./client-address";
import { verifyLogin, type LoginResult } from "./verify-login";

type Credentials = Record<string, string> | undefined;
type RequestHeaders = Record<string, string | string[] | undefined> | undefined;

export interface AuthorizedUser {
  id: string;
  email: string;
  name: string;
  sv: number;
}

export async function authorizeCredentials(db: PrismaClient, credentials: Credentials, headers: RequestHeaders): Promise<AuthorizedUser> {
  const email = credentials?.email;
  const password = credentials?.password;
  if (typeof email !== "string" || typeof password !== "string" || !email || !password) throw new Error("INVALID");
  let result: LoginResult;
  try {
    result = await verifyLogin(db, email, password, clientAddress(headers ?? {}));
  } catch (error) {
    console.error("login: could not check the credentials", error);
    throw new Error("UNAVAILABLE");
  }
  if (!result.ok) throw new Error(result.retryAfterSeconds ? `${result.reason}:${result.retryAfterSeconds}` : result.reason);
  return { id: String(result.user.id), email: result.user.email, name: result.user.name, sv: result.user.sessionVersion };
}
