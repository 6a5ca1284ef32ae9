import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { strToU8, unzipSync, type Zippable, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { expectQuickAnswer } from "../../../../test/support/expectQuickAnswer.ts";
import { lintDocx } from "./lintDocx.ts";
import { handTypedLetter } from "./testing/handTypedLetter.ts";
import { withDeclared } from "./testing/zipSurgery.ts";

const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const documentOf = (body: string) => strToU8(`<w:document ${w}><w:body>${body}</w:body></w:document>`);
const codesOf = (bytes: Uint8Array) => lintDocx(bytes).issues.map((issue) => issue.code);
const repositoryRoot = resolve(import.meta.dirname, "../../../..");

describe("lintDocx on hostile packages", () => {
  it("refuses 60 MB of empty paragraphs, or of text between stray closing tags, zipped into 92 KB with docx.too-large, on a heap capped at 512 MB", () => {
    for (const body of [
      "<w:p/>".repeat(10_000_000),
      `<w:p><w:r><w:t>${"ab</x>".repeat(10_000_000)}</w:t></w:r></w:p>`,
    ]) {
      const bomb = zipSync({ "word/document.xml": documentOf(body) });
      expect(bomb.byteLength).toBeLessThan(100_000);
      const child = spawnSync(
        process.execPath,
        [
          "--max-old-space-size=512",
          "--conditions=@xhht/source",
          "--import",
          "tsx",
          resolve(import.meta.dirname, "testing/lintInChild.ts"),
        ],
        { cwd: repositoryRoot, input: bomb, encoding: "utf8", timeout: 60_000 },
      );
      expect(child.stderr).toBe("");
      const report = JSON.parse(child.stdout) as { codes: string[]; ms: number; maxRssMb: number };
      expect(report.codes).toEqual(["docx.too-large"]);
      expect(report.ms).toBeLessThan(10_000);
    }
  }, 120_000);

  it("reports docx.too-large for a part that declares more than the reader takes, without inflating it", async () => {
    const letter = await handTypedLetter();
    const result = lintDocx(withDeclared(letter, "word/document.xml", { size: 0x7fffffff }));
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.code, issue.params])).toEqual([
      ["docx.too-large", { part: "word/document.xml", limit: "64 MB", elements: "2000000" }],
    ]);
  });

  it("reports docx.corrupt-part, and does not lint, a main document whose declared size or CRC lies", async () => {
    const letter = await handTypedLetter({ page: { width: 11906, height: 15000 } });
    expect(codesOf(letter)).toContain("nd30.page.size");
    for (const declared of [{ size: 400 }, { size: 1 << 20 }, { crc: 0 }]) {
      expect(codesOf(withDeclared(letter, "word/document.xml", declared))).toEqual(["docx.corrupt-part"]);
    }
  });

  it("does not run the font and size rules when the styles part is corrupt", async () => {
    const letter = await handTypedLetter({ font: "Arial", bodySize: 22 });
    expect(codesOf(letter)).toEqual(expect.arrayContaining(["nd30.font.family", "nd30.body.size"]));
    const codes = codesOf(withDeclared(letter, "word/styles.xml", { crc: 0 }));
    expect(codes[0]).toBe("docx.corrupt-part");
    expect(codes).not.toContain("nd30.font.family");
    expect(codes).not.toContain("nd30.body.size");
  });

  it("inflates only the parts the rules read: a damaged or huge part no rule needs changes nothing", async () => {
    const letter = await handTypedLetter();
    const withUnread = zipSync({
      ...Object.fromEntries(Object.entries(unzipSync(letter))),
      "word/unread.xml": strToU8("<a/>".repeat(1000)),
      "word/media/bomb.xml": new Uint8Array(4 << 20),
    });
    const damaged = withDeclared(withDeclared(withUnread, "word/unread.xml", { crc: 0 }), "word/media/bomb.xml", {
      size: 0x7fffffff,
    });
    expect(codesOf(damaged)).toEqual(codesOf(letter));
  });

  it("never throws on a zip cut short anywhere", async () => {
    const letter = await handTypedLetter();
    for (let cut = 0; cut < letter.byteLength; cut += 97) {
      const codes = expectQuickAnswer(() => codesOf(letter.subarray(0, cut)));
      expect(["docx.unreadable", "docx.corrupt-part"]).toContain(codes[0]);
    }
  });

  it("lints a package of 10,000 entries at once, and refuses one of more than 20,000", () => {
    const entries: Zippable = { "word/document.xml": documentOf("<w:p/>") };
    for (let i = 0; i < 10_000; i += 1) entries[`media/${i}.xml`] = new Uint8Array();
    const many = zipSync(entries);
    expect(expectQuickAnswer(() => codesOf(many), 3_000)).not.toContain("docx.unreadable");
    for (let i = 10_000; i < 20_001; i += 1) entries[`media/${i}.xml`] = new Uint8Array();
    expect(lintDocx(zipSync(entries)).issues).toMatchObject([
      { code: "docx.unreadable", params: { reason: "too-many-entries" } },
    ]);
  });

  it("refuses a document nested 100,000 levels deep at once", () => {
    const deep = zipSync({ "word/document.xml": documentOf("<w:p>".repeat(100_000)) });
    expect(expectQuickAnswer(() => lintDocx(deep).issues)).toMatchObject([
      { code: "docx.unreadable", params: { reason: "bad-xml" } },
    ]);
  });

  it("never expands a doctype's entities: a billion laughs stays a few bytes", () => {
    const entities = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join("");
    const xml = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol0 "lol">${entities}]><w:document ${w}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;
    const laughs = zipSync({ "word/document.xml": strToU8(xml) });
    expect(expectQuickAnswer(() => codesOf(laughs))).not.toContain("docx.unreadable");
  });
});
