import { doReadNumber, ReadingConfig } from "read-vietnamese-number";
import { DomainError } from "../errors/DomainError.ts";
import { domainErrorCodes } from "../errors/domainErrorCodes.ts";

/**
 * Options of {@link moneyInWords}.
 *
 * @example
 * ```ts
 * const options: MoneyInWordsOptions = { even: true };
 * moneyInWords(6_000_000, options); // "Sáu triệu đồng chẵn"
 * ```
 */
export interface MoneyInWordsOptions {
  /** Append «chẵn» ("exactly"), as some finance offices write under a round amount. Default `false`. */
  readonly even?: boolean;
}

const config = (() => {
  const reading = new ReadingConfig();
  reading.unit = ["đồng"];
  reading.oddText = "linh";
  reading.units = [[], ["nghìn"], ["triệu"], ["tỷ"]];
  return reading;
})();

/**
 * An amount of đồng in Vietnamese words, as written on the «Bằng chữ» line of a budget estimate: capitalised,
 * «linh» (not «lẻ») for a zero tens digit, «tỷ» (not «tỉ»), «nghìn», «tư» for a final 4 after «mươi», «mốt», «lăm».
 * Takes a whole, non-negative number (up to `Number.MAX_SAFE_INTEGER`) or a bigint.
 *
 * @example
 * ```ts
 * moneyInWords(1_001_000); // "Một triệu không trăm linh một nghìn đồng"
 * moneyInWords(45_500_000, { even: true }); // "Bốn mươi lăm triệu năm trăm nghìn đồng chẵn"
 * moneyInWords(10n ** 15n); // "Một triệu tỷ đồng"
 * ```
 */
export const moneyInWords = (amount: number | bigint, options: MoneyInWordsOptions = {}): string => {
  if (typeof options !== "object" || options === null) {
    throw new DomainError(domainErrorCodes.invalidOption, "moneyInWords: options must be an object, or left out");
  }
  const whole = typeof amount === "bigint" ? amount >= 0n : Number.isSafeInteger(amount) && amount >= 0;
  if (!whole) {
    throw new DomainError(
      domainErrorCodes.invalidAmount,
      `${String(amount)} is not an amount of đồng: give a whole, non-negative number (at most ${Number.MAX_SAFE_INTEGER}) or a bigint`,
    );
  }
  const words = doReadNumber(String(amount), config);
  return `${words.charAt(0).toLocaleUpperCase("vi")}${words.slice(1)}${options.even ? " chẵn" : ""}`;
};
