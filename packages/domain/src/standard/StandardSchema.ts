import type { Issue } from "../rules/Issue.ts";

/**
 * A validator of the SDK as a Standard Schema v1 object (https://standardschema.dev), declared here member for member
 * so the package needs no dependency for it: TanStack Form, TanStack Router and any other library that takes a
 * Standard Schema take it. `validate` gives `{ value }` when the validator's result is `ok` (warnings and infos do not
 * fail it) and `{ issues }` with the result's errors otherwise; each of those issues is the SDK's own {@link Issue}
 * (its `message` in the language asked for, its `path`, and also its `code`, `severity`, `params` and `basis`).
 *
 * @example
 * ```ts
 * const schema: StandardSchema<ProvincialReport> = standardSchemaOf(validateReport, { lang: "en" });
 * schema["~standard"].vendor; // "xhht"
 * schema["~standard"].version; // 1
 * ```
 */
export interface StandardSchema<Input, Output = Input> {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: "xhht";
    /** Synchronous: the SDK's validators never wait. */
    readonly validate: (value: unknown) => StandardResult<Output>;
    /** Types only, `undefined` at run time: what `StandardSchemaV1.InferInput` and `InferOutput` read. */
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}

/**
 * What a {@link StandardSchema}'s `validate` returns: the validated value, or the errors (the SDK's issues of
 * severity `error`), never both.
 *
 * @example
 * ```ts
 * const result: StandardResult<ProvincialReport> = standardSchemaOf(validateReport)["~standard"].validate({});
 * result.issues === undefined; // false
 * ```
 */
export type StandardResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: readonly Issue[] };
