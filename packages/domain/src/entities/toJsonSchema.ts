import * as z from "zod/mini";
import { DomainError } from "../errors/DomainError.ts";
import { domainErrorCodes } from "../errors/domainErrorCodes.ts";
import { budgetEstimateSchema } from "./budgetEstimate/BudgetEstimate.ts";
import { committeeDecisionSchema } from "./committeeDecision/CommitteeDecision.ts";
import { directiveSchema } from "./directive/Directive.ts";
import type { EntityId } from "./entityIds.ts";
import { forwardingRequestSchema } from "./forwardingRequest/ForwardingRequest.ts";
import { invitationSchema } from "./invitation/Invitation.ts";
import { nationalSummaryMetaSchema } from "./nationalSummary/NationalSummaryMeta.ts";
import { nationalSummarySchema } from "./nationalSummary/nationalSummarySchema.ts";
import { officialLetterSchema } from "./officialLetter/OfficialLetter.ts";
import { portablePattern } from "./portablePattern.ts";
import { provincialPlanSchema } from "./provincialPlan/ProvincialPlan.ts";
import { provincialReportSchema } from "./provincialReport/ProvincialReport.ts";
import { submissionSchema } from "./submission/Submission.ts";

/**
 * The schema of every entity, by its id (one of `entityIds`): the file name its JSON Schema is shipped under
 * (`@xhht/domain/schemas/<id>.json`).
 *
 * @example
 * ```ts
 * entitySchemas["provincial-plan"] === provincialPlanSchema; // true
 * Object.keys(entitySchemas).length; // 11
 * ```
 */
export const entitySchemas = {
  directive: directiveSchema,
  "official-letter": officialLetterSchema,
  "provincial-plan": provincialPlanSchema,
  "provincial-report": provincialReportSchema,
  "committee-decision": committeeDecisionSchema,
  invitation: invitationSchema,
  "budget-estimate": budgetEstimateSchema,
  "national-summary-meta": nationalSummaryMetaSchema,
  "forwarding-request": forwardingRequestSchema,
  submission: submissionSchema,
  "national-summary": nationalSummarySchema,
} as const satisfies Record<EntityId, z.ZodMiniType>;

/**
 * The name of an entity of {@link entitySchemas}, as {@link toJsonSchema} takes it.
 *
 * @deprecated Use `EntityId`, the same ids (`entityIds`).
 * @example
 * ```ts
 * const name: EntityName = "provincial-plan";
 * toJsonSchema(name).$id; // "urn:xhht:schema:provincial-plan"
 * ```
 */
export type EntityName = EntityId;

/**
 * The JSON Schema (draft 2020-12) of an entity, generated from its zod schema: what another system (Java, PHP,
 * Python) loads to check the same data. It describes the input a validator accepts; rules that compare fields
 * or consult the calendar (a late report, an activity outside the Week) are the validators' and are not in it.
 *
 * It is portable: every `pattern` is rewritten by the SDK's pattern rewriter so that Python's `re`, Go, Java and Perl
 * match the same strings as JavaScript, and no `format` is written (each one zod emits sits beside a `pattern` that
 * checks the same thing), so a plain `new Ajv2020()` compiles it without ajv-formats.
 *
 * @example
 * ```ts
 * const schema = toJsonSchema("provincial-report");
 * schema.$id; // "urn:xhht:schema:provincial-report"
 * toJsonSchema("report" as EntityId); // throws DomainError domain.invalid-argument, naming the entities
 * ```
 */
export const toJsonSchema = (name: EntityId): Record<string, unknown> => {
  if (typeof name !== "string" || !Object.hasOwn(entitySchemas, name)) {
    throw new DomainError(
      domainErrorCodes.invalidArgument,
      `toJsonSchema: ${typeof name === "string" ? JSON.stringify(name) : typeof name} is not an entity; the entities are ${Object.keys(entitySchemas).join(", ")}`,
    );
  }
  return portable({
    $id: `urn:xhht:schema:${name}`,
    ...z.toJSONSchema(entitySchemas[name], { target: "draft-2020-12", io: "input", unrepresentable: "throw" }),
  }) as Record<string, unknown>;
};

/** Keywords whose value is a schema, an array of schemas, or an object of schemas by name. */
const schemaKeywords = new Set([
  "items",
  "additionalItems",
  "additionalProperties",
  "unevaluatedItems",
  "unevaluatedProperties",
  "propertyNames",
  "contains",
  "not",
  "if",
  "then",
  "else",
]);
const schemaArrayKeywords = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const schemaMapKeywords = new Set(["properties", "$defs", "definitions", "dependentSchemas", "patternProperties"]);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A JSON Schema with every pattern (and `patternProperties` key) in portable form and without `format`: zod writes a
 * `format` ("date", "email") only beside the `pattern` that checks it, and a `format` is an annotation that ajv's
 * strict mode refuses unless ajv-formats is added, and that other validators check their own way or not at all.
 */
const portable = (schema: unknown): unknown => {
  if (Array.isArray(schema)) return schema.map(portable);
  if (!isObject(schema)) return schema;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "pattern" && typeof value === "string") result[key] = portablePattern(value);
    else if (key === "format") {
      if (typeof schema.pattern !== "string") {
        throw new Error(`toJsonSchema: a format ${JSON.stringify(value)} with no pattern beside it`);
      }
    } else if (schemaKeywords.has(key)) result[key] = portable(value);
    else if (schemaArrayKeywords.has(key) && Array.isArray(value)) result[key] = value.map(portable);
    else if (schemaMapKeywords.has(key) && isObject(value)) {
      result[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [
          key === "patternProperties" ? portablePattern(name) : name,
          portable(sub),
        ]),
      );
    } else result[key] = value;
  }
  return result;
};
