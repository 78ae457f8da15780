// Password hashing with bcrypt (bcryptjs: pure JS, no native build). Cost 12: about 0.2 s a hash here,
// slow enough to hurt offline guessing, fast enough for a login.
import bcrypt from "bcryptjs";

const COST = 12;

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}
