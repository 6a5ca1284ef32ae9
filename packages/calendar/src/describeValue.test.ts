import { describe, expect, it } from "vitest";
import { describeValue } from "./describeValue.ts";

describe("describeValue", () => {
  it("describes any value without throwing", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwing = {
      toString() {
        throw new Error("no");
      },
      toJSON() {
        throw new Error("no");
      },
    };
    const cases: [unknown, string][] = [
      ["2020-13-01", '"2020-13-01"'],
      [10n, "10n"],
      [Symbol("x"), "a symbol"],
      [() => 1, "a function"],
      [Number.NaN, "NaN"],
      [undefined, "undefined"],
      [null, "null"],
      [{ kind: "soon", amount: 10n }, '{"kind":"soon","amount":"10n"}'],
      [Object.create(null), "{}"],
      [throwing, "an object"],
      [proxy, "an object"],
    ];
    for (const [value, expected] of cases) expect(describeValue(value)).toBe(expected);
  });

  it("cuts long text and long objects at 60 characters", () => {
    expect(describeValue("a".repeat(1 << 20))).toBe(JSON.stringify(`${"a".repeat(60)}…`));
    expect(describeValue({ text: "a".repeat(100) }).length).toBe(61);
  });
});
