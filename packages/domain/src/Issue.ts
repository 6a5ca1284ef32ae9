/** How much an issue matters: an `error` makes the data unusable, a `warning` asks for a look, `info` informs. */
export type Severity = "error" | "warning" | "info";

/** The legal text a rule rests on. */
export interface LegalBasis {
  readonly document: string;
  readonly article?: string;
}

/** One finding of a validator: which rule, how serious, where in the input, with what values, and in words. */
export interface Issue {
  readonly code: string;
  readonly severity: Severity;
  readonly path: readonly (string | number)[];
  readonly params: Readonly<Record<string, unknown>>;
  readonly basis: LegalBasis | undefined;
  readonly message: string;
}

/** What a validator returns: never throws on bad data. `value` is the normalised data when there is no error. */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly value: undefined; readonly issues: readonly Issue[] };
