// Synthetic data (prisma/synthetic/) and the real demo data never share a database: a synthetic figure beside a
// real one would be read as real. Both loaders check this before writing anything.
import type { Prisma } from "@/lib/generated/prisma/client";

/** The one Source every synthetic figure, target and term points at. */
export const SYNTHETIC_SOURCE_KEY = "synthetic";

/** A loader refused a database that holds the other kind of data. The CLIs exit 2 on it. */
export class MixedDataError extends Error {
  readonly code = "MIXED_DATA";
}

export async function refuseSynthetic(tx: Prisma.TransactionClient): Promise<void> {
  if (await tx.source.findUnique({ where: { key: SYNTHETIC_SOURCE_KEY }, select: { id: true } })) {
    throw new MixedDataError(
      "This database holds the synthetic country (npm run db:synthetic): the demo data must not be mixed into it. " +
        "Load the demo data into another database.",
    );
  }
}
