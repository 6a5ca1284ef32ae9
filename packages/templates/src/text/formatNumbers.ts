/**
 * A whole number the Vietnamese way, thousands grouped with «.»: 45500000 → «45.500.000». Never reads the host's
 * locale.
 */
export const formatInteger = (value: number | bigint): string => {
  const digits = (typeof value === "bigint" ? (value < 0n ? -value : value) : Math.abs(Math.trunc(value))).toString();
  const head = digits.length % 3 || 3;
  let grouped = digits.slice(0, head);
  for (let at = head; at < digits.length; at += 3) grouped += `.${digits.slice(at, at + 3)}`;
  return (typeof value === "bigint" ? value < 0n : value < 0) ? `-${grouped}` : grouped;
};

/** Roman numerals for the parts, sections and appendices of a document: 1 → «I», 14 → «XIV». */
export const romanNumeral = (value: number): string => {
  const table: readonly [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = Math.trunc(value);
  let out = "";
  for (const [amount, numeral] of table) {
    while (rest >= amount) {
      out += numeral;
      rest -= amount;
    }
  }
  return out;
};
