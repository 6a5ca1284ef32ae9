import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleSourceForBrowser } from "../../../../test/support/bundleSourceForBrowser.ts";
import type { lintDocx as LintDocx } from "./lintDocx.ts";
import { handTypedLetter } from "./testing/handTypedLetter.ts";

const folder = mkdtempSync(join(tmpdir(), "xhht-lint-browser-"));
let lintDocx: typeof LintDocx;

// The linter as a page bundled for the browser has it: `@xhht/templates/lint` without the `node` entry of
// @xhht/domain, which registers every message; the Vietnamese of its rules must come with lintDocx itself.
beforeAll(async () => {
  const file = join(folder, "lint.mjs");
  const { code } = await bundleSourceForBrowser('export { lintDocx } from "@xhht/templates/lint";', { minify: false });
  writeFileSync(file, code);
  ({ lintDocx } = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { lintDocx: typeof LintDocx });
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("lintDocx bundled for the browser", () => {
  it("speaks Vietnamese out of the box, for a file it cannot read and for a letter typed in Word", async () => {
    const [unreadable] = lintDocx(new TextEncoder().encode("no .docx")).issues;
    expect(unreadable?.code).toBe("docx.unreadable");
    expect(unreadable?.message).toMatch(/^Không đọc được tệp: đây không phải tệp \.docx hợp lệ/);
    const letter = await handTypedLetter({ page: { width: 12240, height: 15840 } });
    const [size] = lintDocx(letter).issues;
    expect(size?.code).toBe("nd30.page.size");
    expect(size?.message).toMatch(/^Mục 1: khổ giấy phải là A4 \(210 × 297 mm\); đang là 215\.9 × 279\.4 mm\.$/);
  });

  it("refuses English until it is loaded, as every translator of the SDK does in a browser", () => {
    expect(() => lintDocx(new Uint8Array(), { lang: "en" })).toThrow(
      expect.objectContaining({ code: "templates.invalid-input" }),
    );
  });
});
