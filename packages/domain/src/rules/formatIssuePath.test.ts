import { describe, expect, it } from "vitest";
import { formatIssuePath } from "./formatIssuePath.ts";

describe("formatIssuePath", () => {
  it("joins the keys with «.», indexes included", () => {
    expect(formatIssuePath(["activities", 0, "measures", "learners"])).toBe("activities.0.measures.learners");
    expect(formatIssuePath(["symbol"])).toBe("symbol");
  });

  it("writes (root) for an issue about the whole input", () => {
    expect(formatIssuePath([])).toBe("(root)");
  });

  it("writes a symbol key by its description rather than throwing", () => {
    expect(formatIssuePath(["meta", Symbol("x")])).toBe("meta.Symbol(x)");
  });
});
