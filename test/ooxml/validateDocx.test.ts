import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { validateDocx, validateDocxes, validateWordXml } from "./validateDocx";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const CT =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

const docx = (documentXml: string, extra: Record<string, string> = {}) =>
  zipSync(
    Object.fromEntries(
      Object.entries({ "[Content_Types].xml": CT, "word/document.xml": documentXml, ...extra }).map(([k, v]) => [
        k,
        strToU8(v),
      ]),
    ),
  );

const body = (inner: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${inner}</w:body></w:document>`;

// Loading the XSDs into libxml2 (wasm) takes seconds on a loaded two-core machine: not a measure of anything.
describe("validateDocx", { timeout: 30_000 }, () => {
  it("accepts a minimal valid document", async () => {
    const result = await validateDocx(docx(body("<w:p><w:r><w:t>Xin chào</w:t></w:r></w:p>")));
    expect(result.problems).toEqual([]);
    expect(result.schemaValidated).toEqual(["word/document.xml"]);
    expect(result.wellFormedChecked).toEqual(["[Content_Types].xml"]);
  });

  it("reports an element the schema does not allow, naming the part", async () => {
    const result = await validateDocx(docx(body("<w:p><w:bogus/></w:p>")));
    expect(result.valid).toBe(false);
    expect(result.problems[0]?.part).toBe("word/document.xml");
    expect(result.problems[0]?.message).toMatch(/bogus/);
  });

  it("reports a character XML cannot carry", async () => {
    const messages = await validateWordXml(body("<w:p><w:r><w:t>a\uFFFEb</w:t></w:r></w:p>"));
    expect(messages.join("\n")).toMatch(/invalid Char/i);
  });

  it("checks header parts against the schema and other parts for well-formedness", async () => {
    const result = await validateDocx(
      docx(body("<w:p/>"), { "word/header1.xml": `<w:hdr ${W}><w:p/></w:hdr>`, "word/styles.xml": "<w:styles" }),
    );
    expect(result.schemaValidated).toContain("word/header1.xml");
    expect([...new Set(result.problems.map((p) => p.part))]).toEqual(["word/styles.xml"]);
  });

  it("attributes problems to the right document when checking several", async () => {
    const [good, bad] = await validateDocxes([docx(body("<w:p/>")), docx(body("<w:p><w:bogus/></w:p>"))]);
    expect(good?.valid).toBe(true);
    expect(bad?.valid).toBe(false);
  });
});
