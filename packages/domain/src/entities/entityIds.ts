/**
 * The id of every entity of @xhht/domain: the key of its schema in `entitySchemas`, the name of its JSON Schema
 * (`urn:xhht:schema:<id>`), the kind `xhht validate` and `xhht schema` take, the entity a template reads, and what a
 * rule's `appliesTo` names.
 *
 * @example
 * ```ts
 * entityIds.includes("provincial-plan"); // true
 * entityIds.length; // 11
 * ```
 */
export const entityIds = [
  "directive",
  "official-letter",
  "provincial-plan",
  "provincial-report",
  "committee-decision",
  "invitation",
  "budget-estimate",
  "national-summary-meta",
  "forwarding-request",
  "submission",
  "national-summary",
] as const;

/**
 * One of {@link entityIds}.
 *
 * @example
 * ```ts
 * const id: EntityId = "provincial-report";
 * toJsonSchema(id).$id; // "urn:xhht:schema:provincial-report"
 * ```
 */
export type EntityId = (typeof entityIds)[number];

/**
 * Whether `value` is one of {@link entityIds}: for a kind read from a file, a command line or JSON.
 *
 * @example
 * ```ts
 * isEntityId("provincial-plan"); // true
 * isEntityId("plan"); // false
 * ```
 */
export const isEntityId = (value: unknown): value is EntityId =>
  typeof value === "string" && (entityIds as readonly string[]).includes(value);
