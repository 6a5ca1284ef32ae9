import { documentWording } from "../data/documentWording.ts";

/**
 * An administrative unit's name as running text writes it (Decree 30, Phụ lục II): the common noun in lower case
 * («tỉnh Nam Định», «thành phố Hải Phòng»), except where the name is a person's or a number and the noun is
 * capitalised too («Thành phố Hồ Chí Minh»). Table cells keep the name as listed.
 */
export const unitInText = (name: string): string => {
  if ((documentWording.capitalisedUnitNames as readonly string[]).includes(name)) return name;
  return name.replace(/^(Tỉnh|Thành phố) /u, (noun) => noun.toLocaleLowerCase("vi"));
};
