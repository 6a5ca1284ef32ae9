import { parseIsoDate } from "@xhht/calendar";
import { actorSuccessions } from "../data/actorSuccessions.ts";
import type { ActorCode } from "../entities/directive/Directive.ts";
import type { ActorSuccession } from "./ActorSuccession.ts";

const successionOn = (actor: ActorCode, onDate: string): ActorSuccession | undefined =>
  (actorSuccessions as readonly ActorSuccession[]).find(
    (succession) => succession.actor === actor && onDate >= succession.from,
  );

/**
 * The body that carries `actor`'s duties on `onDate`: `actor` itself while it exists, its successor afterwards
 * (from 01/07/2025, «district-peoples-committee» becomes «commune-peoples-committee»; {@link actorSuccessions}
 * gives the legal basis). Throws a `CalendarError` (`calendar.invalid-date`) when `onDate` is not a real date.
 *
 * @example
 * ```ts
 * actorInForce("district-peoples-committee", "2025-06-30"); // "district-peoples-committee"
 * actorInForce("district-peoples-committee", "2025-07-01"); // "commune-peoples-committee"
 * actorInForce("department-of-education", "2025-07-01");    // "department-of-education"
 * ```
 */
export const actorInForce = (actor: ActorCode, onDate: string): ActorCode => {
  const date = parseIsoDate(onDate);
  const succession = successionOn(actor, date);
  return succession === undefined ? actor : actorInForce(succession.successor, date);
};
