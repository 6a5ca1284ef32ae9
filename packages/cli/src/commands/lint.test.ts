import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { directive2020 } from "@xhht/domain";
import { renderOfficialLetter } from "@xhht/templates";
import { describe, expect, it } from "vitest";
import { runInProcess } from "../testing/runInProcess.ts";
import { tempFolder } from "../testing/runXhht.ts";

describe.concurrent("xhht lint", () => {
  const cwd = tempFolder();

  it("passes a document of the SDK, exit 0", async () => {
    writeFileSync(join(cwd, "letter.docx"), await renderOfficialLetter(directive2020.letter));
    const run = await runInProcess(["lint", "letter.docx"], { cwd });
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
    const run = await runInProcess(["lint", "typed.docx", "--format", "json", "--lang", "en"], { cwd });
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
    const run = await runInProcess(["lint", "notes.docx", "missing.docx", "good.docx"], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("notes.docx: lỗi docx.unreadable");
    expect(run.stderr).toContain("missing.docx: lỗi cli.unreadable");
    expect(run.stdout).toContain("3 tệp: 0 lỗi");
  });
});

describe.concurrent("xhht lint --fix", () => {
  const cwd = tempFolder();
  const typed = async (name: string) => {
    const bytes = Buffer.from(await renderOfficialLetter(directive2020.letter));
    const { unzipSync, zipSync, strFromU8, strToU8 } = await import("fflate");
    const files = unzipSync(bytes);
    const xml = strFromU8(files["word/document.xml"]!);
    // Letter paper and a 25 mm left margin, as Word's US default gives them, and the old «HOÀ».
    files["word/document.xml"] = strToU8(
      xml
        .replace(/<w:pgSz [^>]*\/>/u, '<w:pgSz w:w="12240" w:h="15840"/>')
        .replace(/(<w:pgMar [^>]*?)w:left="\d+"/u, '$1w:left="1417"')
        .replace("CỘNG HÒA", "CỘNG HOÀ"),
    );
    writeFileSync(join(cwd, name), zipSync(files));
  };

  it("writes file.fixed.docx next to the input, says what it fixed, and exits 0 when nothing is left", async () => {
    await typed("typed.docx");
    const run = await runInProcess(["lint", "typed.docx", "--fix", "--lang", "en"], { cwd });
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("typed.docx: fixed nd30.page.size (word/document.xml, section 1)");
    expect(run.stdout).toContain("typed.docx: fixed nd30.national-title.legacy-spelling");
    expect(run.stdout).toContain("✔ wrote typed.fixed.docx: 3 issues fixed, 0 remain");
    expect(run.status).toBe(0);
    const again = await runInProcess(["lint", "typed.fixed.docx"], { cwd });
    expect(again.status).toBe(0);
  });

  it("refuses an existing output without --force (exit 2), never writes over the input, and reports in JSON", async () => {
    await typed("twice.docx");
    expect((await runInProcess(["lint", "twice.docx", "--fix", "-o", "out.docx"], { cwd })).status).toBe(0);
    writeFileSync(join(cwd, "out.docx"), "other");
    expect((await runInProcess(["lint", "twice.docx", "--fix", "-o", "out.docx"], { cwd })).status).toBe(2);
    expect((await runInProcess(["lint", "twice.docx", "--fix", "-o", "twice.docx", "--force"], { cwd })).status).toBe(
      2,
    );
    const run = await runInProcess(["lint", "twice.docx", "--fix", "-o", "out.docx", "--force", "--format", "json"], {
      cwd,
    });
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output.written).toEqual([{ file: "twice.docx", output: "out.docx", fixed: 3, remaining: 0 }]);
    expect(output.fixed.map((issue: { code: string }) => issue.code)).toContain("nd30.page.margin-left");
  });

  it("writes nothing for a document with nothing to fix, and refuses -o without --fix", async () => {
    writeFileSync(join(cwd, "good.docx"), await renderOfficialLetter(directive2020.letter));
    const run = await runInProcess(["lint", "good.docx", "--fix", "--lang", "en"], { cwd });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("good.docx: nothing xhht can fix; no file written");
    expect((await runInProcess(["lint", "good.docx", "-o", "x.docx"], { cwd })).status).toBe(2);
  });
});
