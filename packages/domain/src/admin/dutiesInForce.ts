import type { SourceDocument } from "@xhht/calendar";
import { parseIsoDate } from "@xhht/calendar";
import { actorSuccessions } from "../data/actorSuccessions.ts";
import type { ActorCode, ActorDuty } from "../entities/directive/Directive.ts";
import type { ActorSuccession } from "./ActorSuccession.ts";
import { actorInForce } from "./actorInForce.ts";

/**
 * A duty that {@link dutiesInForce} gave to another body, and why.
 *
 * @example
 * ```ts
 * const [moved]: readonly MovedDuty[] = dutiesInForce(directive2020.duties, "2025-10-01").moved;
 * moved?.to; // "commune-peoples-committee"
 * ```
 */
export interface MovedDuty {
  /** The index of the duty in the list given. */
  readonly index: number;
  readonly from: ActorCode;
  readonly to: ActorCode;
  /** The id of the letter's body block that sets these duties. */
  readonly source: string;
  readonly duties: readonly string[];
  /** The public documents that end `from` and leave its duties to `to`. */
  readonly basis: readonly SourceDocument[];
  readonly reason: string;
}

/**
 * What {@link dutiesInForce} returns: the duties with the bodies that exist on the day, and what was moved.
 *
 * @example
 * ```ts
 * const result: DutiesInForce = dutiesInForce(directive2020.duties, "2020-10-01");
 * result.moved.length; // 0
 * ```
 */
export interface DutiesInForce {
  readonly duties: readonly ActorDuty[];
  readonly moved: readonly MovedDuty[];
}

/**
 * A directive's duties as they apply on `onDate`: a duty of a body that no longer exists goes to the body that
 * carries it since. On or after 01/07/2025 the duties of «district-peoples-committee» (UBND cấp huyện) go to
 * «commune-peoples-committee» (UBND cấp xã), each listed in `moved` with its legal basis (Nghị quyết 203/2025/QH15,
 * Luật Tổ chức chính quyền địa phương 2025); before that day the duties come back unchanged. The order, block
 * references and duty codes are kept. Throws a `CalendarError` (`calendar.invalid-date`) when `onDate` is not a
 * real date.
 *
 * @example
 * ```ts
 * const { duties, moved } = dutiesInForce(directive2020.duties, "2025-10-01");
 * duties.some((duty) => duty.actor === "district-peoples-committee"); // false
 * moved[0]; // { from: "district-peoples-committee", to: "commune-peoples-committee", source: "s5.a", … }
 * dutiesInForce(directive2020.duties, "2020-10-01").moved; // []
 * ```
 */
export const dutiesInForce = (duties: readonly ActorDuty[], onDate: string): DutiesInForce => {
  const date = parseIsoDate(onDate);
  const moved: MovedDuty[] = [];
  const result = duties.map((duty, index): ActorDuty => {
    const to = actorInForce(duty.actor, date);
    if (to === duty.actor) return duty;
    const succession = (actorSuccessions as readonly ActorSuccession[]).find((s) => s.actor === duty.actor);
    moved.push({
      index,
      from: duty.actor,
      to,
      source: duty.source,
      duties: duty.duties,
      basis: succession?.basis ?? [],
      reason: succession?.reason ?? "",
    });
    return { ...duty, actor: to };
  });
  return { duties: result, moved };
};
