import { DomainError, domainErrorCodes } from "@xhht/domain";
import { type District, districtKinds } from "./District.ts";

/**
 * The `list` option of a district query, checked: `undefined`, or an array of districts, each { code (3 digits),
 * kind, name, fullName, province (2 digits) }. Throws `domain.invalid-argument` saying which entry is wrong.
 */
export const checkDistrictList = (list: unknown, where: string): readonly District[] | undefined => {
  if (list === undefined) return undefined;
  const wrong = !Array.isArray(list)
    ? -1
    : list.findIndex(
        (unit: unknown) =>
          typeof unit !== "object" ||
          unit === null ||
          typeof (unit as District).code !== "string" ||
          !/^\d{3}$/.test((unit as District).code) ||
          !(districtKinds as readonly unknown[]).includes((unit as District).kind) ||
          typeof (unit as District).name !== "string" ||
          typeof (unit as District).fullName !== "string" ||
          typeof (unit as District).province !== "string" ||
          !/^\d{2}$/.test((unit as District).province),
      );
  if (wrong === -1 && Array.isArray(list)) return list as readonly District[];
  throw new DomainError(
    domainErrorCodes.invalidArgument,
    `${where}, option list: pass the districts as an array of { code (3 digits), kind, name, fullName, province (2 digits) }; ${
      Array.isArray(list) ? `entry ${wrong} is not one` : "got no array"
    }`,
  );
};
