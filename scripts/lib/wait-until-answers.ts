// Waits for a server a script started to answer over HTTP: tries every 100 ms, fails at once when the process has
// exited (`exited` says why), and gives up after `seconds`. Either way `stop` runs before the error is thrown.
type Options = { what: string; seconds: number; exited: () => string | null; stop: () => Promise<void> };

export async function waitUntilAnswers(url: string, { what, seconds, exited, stop }: Options): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  const fail = async (message: string) => {
    await stop();
    return new Error(message);
  };
  for (;;) {
    const why = exited();
    if (why !== null) throw await fail(why);
    try {
      await fetch(url);
      return;
    } catch {
      if (Date.now() > deadline) throw await fail(`${what} did not answer on ${url} within ${seconds} s`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
