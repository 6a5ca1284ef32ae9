import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { directive2020 } from "@xhht/domain";
import { renderOfficialLetter } from "@xhht/templates";
import { describe, expect, it } from "vitest";
import { runXhht, tempFolder } from "../testing/runXhht.ts";

describe.concurrent("xhht lint", () => {
  const cwd = tempFolder();

  it("passes a document of the SDK, exit 0", async () => {
    writeFileSync(join(cwd, "letter.docx"), await renderOfficialLetter(directive2020.letter));
    const run = await runXhht(["lint", "letter.docx"], { cwd });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("✔ 1 tệp đúng thể thức");
  });

  it("reports a letter typed with the wrong date line with its paragraph, in JSON that parses back, exit 1", async () => {
    const letter = { ...directive2020.letter, date: "2020-01-05" };
    const bytes = Buffer.from(await renderOfficialLetter(letter));
    // Rewrite the date line as a clerk might, without the leading zeros Decree 30 asks for.
    const { unzipSync, zipSync, strFromU8, strToU8 } = await import("fflate");
    const files = unzipSync(bytes);
    const xml = strFromU8(files["word/document.xml"]!);
    files["word/document.xml"] = strToU8(xml.replace("ngày 05 tháng 01 năm 2020", "ngày 5 tháng 1 năm 2020"));
    writeFileSync(join(cwd, "typed.docx"), zipSync(files));
    const run = await runXhht(["lint", "typed.docx", "--format", "json", "--lang", "en"], { cwd });
    expect(run.status).toBe(1);
    const output = JSON.parse(run.stdout);
    expect(output.ok).toBe(false);
    const issue = output.issues.find((entry: { code: string }) => entry.code.startsWith("nd30.date-line"));
    expect(issue).toMatchObject({ file: "typed.docx", severity: "error" });
    expect(issue.place).toMatch(/^word\/document\.xml, paragraph \d+ «.*5 tháng 1/u);
  });

  it("exits 2 for a file that is not a .docx or does not exist, and still checks the others", async () => {
    writeFileSync(join(cwd, "notes.docx"), "not a zip");
    writeFileSync(join(cwd, "good.docx"), await renderOfficialLetter(directive2020.letter));
    const run = await runXhht(["lint", "notes.docx", "missing.docx", "good.docx"], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("notes.docx: lỗi docx.unreadable");
    expect(run.stderr).toContain("missing.docx: lỗi cli.unreadable");
    expect(run.stdout).toContain("3 tệp: 0 lỗi");
  });
});
