import type { registerVi } from "./vi";

export const registerEn: typeof registerVi = {};
