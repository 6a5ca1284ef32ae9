import type { Issue, ValidationResult } from "../rules/Issue.ts";
import type { StandardResult, StandardSchema } from "./StandardSchema.ts";

const isError = (issue: Issue) => issue.severity === "error";

/**
 * Makes any `validate*` function of the SDK, with its options, a Standard Schema v1 object
 * ({@link StandardSchema}) that runs the whole validator, the entity's schema and its rules (the dates in the Week,
 * the signing authority, lateness…), with messages in `options.lang`. Pass it where a library asks for a Standard
 * Schema, such as the `validators` of a TanStack Form (`validators: { onChange: standardSchemaOf(validateReport, {
 * directive: directive2020 }) }`).
 *
 * Standard Schema has no severity, so the result is the validator's `ok`: a value whose issues are only warnings or
 * infos passes, and those issues are left out; a value with an error fails with the validator's errors only. Call
 * the validator itself to show warnings. The input type is the entity's type (what a form holding the entity edits);
 * annotate the schema as `StandardSchema<ProvincialReportInput, ProvincialReport>` for a form of the wider input type.
 * It takes the options its validator takes, required where the validator requires them (`validateForwardingRequest`'s
 * `directive`), and checks them at once: a wrong option (`lang: "fr"`) throws the validator's `DomainError` here,
 * not later inside a form's validation.
 *
 * @example
 * ```ts
 * const schema = standardSchemaOf(validateReport, { directive: directive2020, lang: "en" });
 * schema["~standard"].validate(sampleReport2020).issues; // undefined
 * const late = { ...sampleReport2020, submittedAt: "2020-11-02T09:00:00+07:00" };
 * schema["~standard"].validate(late).issues; // undefined
 * const result = schema["~standard"].validate({ ...sampleReport2020, province: "99" });
 * result.issues?.map((issue) => issue.path); // [["province"]]
 * ```
 */
export const standardSchemaOf = <Output, Options extends readonly unknown[]>(
  validator: (input: unknown, ...options: Options) => ValidationResult<Output>,
  ...options: Options
): StandardSchema<Output, Output> => {
  // Every validator checks its options before it reads its input: a wrong option throws now.
  validator(undefined, ...options);
  return {
    "~standard": {
      version: 1,
      vendor: "xhht",
      validate: (value: unknown): StandardResult<Output> => {
        const result = validator(value, ...options);
        return result.ok ? { value: result.value } : { issues: result.issues.filter(isError) };
      },
    },
  };
};
