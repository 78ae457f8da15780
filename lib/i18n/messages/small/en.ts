import type { smallVi } from "./vi";

export const smallEn: typeof smallVi = {
  header: {
    account: "Signed in as {name} — open the dashboard",
    logout: "Log out",
  },
  refused: {
    title: "Access refused",
    back: "Back to the dashboard",
  },
  required: {
    mark: "(required)",
    legend: "Fields marked * are required.",
  },
  years: {
    gaps: "Years missing between reports:",
    earlier: "Earlier years with no report ({n})",
  },
};
