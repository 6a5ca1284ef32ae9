import type { SourceDocument } from "@xhht/calendar";
import type { ActorCode } from "../entities/directive/Directive.ts";

/**
 * A body of the directive that ceased to exist, and the body that carries its duties from a given day: the district
 * People's Committee (UBND cấp huyện) whose duties go to the commune People's Committee (UBND cấp xã) from
 * 01/07/2025. `basis` lists the public documents that make the change; `reason` says why in one sentence.
 *
 * @example
 * ```ts
 * const succession: ActorSuccession = actorSuccessions[0];
 * succession.successor; // "commune-peoples-committee"
 * ```
 */
export interface ActorSuccession {
  readonly actor: ActorCode;
  readonly successor: ActorCode;
  /** The first day the successor carries the duties, `YYYY-MM-DD`. */
  readonly from: string;
  readonly basis: readonly SourceDocument[];
  readonly reason: string;
}
