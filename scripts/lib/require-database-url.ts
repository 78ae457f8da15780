/** The DATABASE_URL a database command works on; a clear message instead of a stack trace when it is missing. */
export function requireDatabaseUrl(command: string): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(`${command} works on the database DATABASE_URL names, and it is not set.\n` +
      "The embedded demo database needs no command: npm start migrates and loads it itself.");
    process.exit(2);
  }
  return url;
}
