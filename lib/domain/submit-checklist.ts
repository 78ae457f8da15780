// What a report lacks before it is submitted (decision 0039): the indicators left empty, which may be submitted
// only with an explicit confirmation, and the values warned about (far from last year's) that have no
// explanation, which may not be submitted at all: a warned value is kept only with its explanation.
// The same rule on the form (as the user types) and in the service (on what is stored).

export interface Checklist {
  /** Codes of the catalogue's indicators with no value, in the catalogue's order. */
  empty: string[];
  /** Codes of warned values without an explanation. */
  unexplained: string[];
}

export function submitChecklist(
  catalogue: readonly string[],
  values: Readonly<Record<string, unknown>>,
  warned: readonly string[],
  explanations: Readonly<Record<string, string | null | undefined>>,
): Checklist {
  return {
    empty: catalogue.filter((code) => values[code] === undefined),
    unexplained: warned.filter((code) => values[code] !== undefined && !explanations[code]?.trim()),
  };
}
