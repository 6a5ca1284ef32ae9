import { z } from "zod";
import { DomainError } from "../errors/DomainError.ts";
import { domainErrorCodes } from "../errors/domainErrorCodes.ts";
import { budgetEstimateSchema } from "./budgetEstimate/BudgetEstimate.ts";
import { committeeDecisionSchema } from "./committeeDecision/CommitteeDecision.ts";
import { directiveSchema } from "./directive/Directive.ts";
import type { EntityId } from "./entityIds.ts";
import { forwardingRequestSchema } from "./forwardingRequest/ForwardingRequest.ts";
import { invitationSchema } from "./invitation/Invitation.ts";
import { nationalSummaryMetaSchema } from "./nationalSummary/NationalSummaryMeta.ts";
import { officialLetterSchema } from "./officialLetter/OfficialLetter.ts";
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
 * Object.keys(entitySchemas).length; // 10
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
} as const satisfies Record<EntityId, z.ZodType>;

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
  return {
    $id: `urn:xhht:schema:${name}`,
    ...z.toJSONSchema(entitySchemas[name], { target: "draft-2020-12", io: "input", unrepresentable: "throw" }),
  };
};
