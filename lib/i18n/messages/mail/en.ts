import type { mailVi } from "./vi";

export const mailEn: typeof mailVi = {
  mail: {
    kinds: {
      submit: {
        subject: "{province}: the {year} report awaits approval",
        body: "{actor} submitted {province}'s report for {year}. It awaits your approval or return.",
      },
      return: {
        subject: "{province}: the {year} report was returned",
        body: "{actor} returned {province}'s report for {year} to be corrected.",
      },
      approve: {
        subject: "{province}: the {year} report was approved",
        body: "{actor} approved {province}'s report for {year}. Its figures are now published.",
      },
      reopen: {
        subject: "{province}: the {year} report was reopened",
        body: "{actor} reopened {province}'s report for {year}, approved before, to be corrected.",
      },
      reminder: {
        subject: "{province}: the {year} report is due on {due}",
        body: "{province}'s report for {year} must be submitted by the end of {due} ({days} days left) and has not been submitted yet.",
      },
    },
    greeting: "Dear {name},",
    comment: "Comment: {comment}",
    reason: "Reason: {comment}",
    open: "Open the report: {link}",
    footer: "An automatic message from HTX Dashboard; please do not reply. Choose the language of your mail at: {account}",
  },
  inbox: {
    title: "Waiting for me",
    nav: "Waiting for me ({n})",
    intro: "The reports that wait for you.",
    empty: "No report waits for you.",
    caption: "Reports waiting",
    colProvince: "Province",
    colYear: "Year",
    colWhy: "To do",
    colDue: "Due",
    colOpen: "Open",
    open: "Open the {year} report of {province}",
    reasons: {
      toApprove: "Awaiting approval",
      returned: "Returned: {comment}",
      reopened: "Reopened: {comment}",
      dueSoon: "Due soon ({days} days left)",
      late: "{days} days late",
    },
    committeeNote: "Late reports, to follow up (read only).",
  },
  account: {
    title: "Language of your mail",
    intro: "Notifications (reports submitted, returned, approved, reopened, deadline reminders) reach you in this language.",
    legend: "Language of your mail",
    vi: "Vietnamese (Tiếng Việt)",
    en: "English",
    save: "Save",
    saving: "Saving…",
    saved: "The language of your mail is saved.",
    failed: "The language of your mail could not be saved.",
  },
};
