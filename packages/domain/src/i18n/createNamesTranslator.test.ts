import { afterAll, describe, expect, it, vi } from "vitest";
import { fieldsVi } from "./locales/fields.vi.ts";

afterAll(() => {
  vi.resetModules();
});

describe("createNamesTranslator", () => {
  it("keeps a field's name a page reworded before the first name was asked for, and brings the others", async () => {
    // A fresh copy of the modules, as a page bundled for the browser has them: without the `node` entry.
    vi.resetModules();
    const [{ createNamesTranslator }, { registerMessages }] = await Promise.all([
      import("./createNamesTranslator.ts"),
      import("./registerMessages.ts"),
    ]);
    registerMessages("vi", { "field.subject": "Tên báo cáo" });
    const t = createNamesTranslator();
    expect(t("field.subject")).toBe("Tên báo cáo");
    expect(t("field.issuer")).toBe(fieldsVi["field.issuer"]);
  });
});
