"use client";

// Errors of the dashboard and the login page, as on the public pages: a friendly message and a retry, never the
// error's own text (it can carry database details).
export { default } from "./(public)/error";
