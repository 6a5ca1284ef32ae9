import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempFolder } from "../testing/runXhht.ts";
import { writeFileAtomic } from "./writeFileAtomic.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("writeFileAtomic", () => {
  it("writes a new file and leaves no temporary file", async () => {
    const folder = tempFolder();
    expect(await writeFileAtomic(join(folder, "a.docx"), bytes("new"))).toBe("written");
    expect(readdirSync(folder)).toEqual(["a.docx"]);
    expect(readFileSync(join(folder, "a.docx"), "utf8")).toBe("new");
  });

  it("leaves a file of the same bytes as is, refuses one of other bytes, replaces it with force", async () => {
    const folder = tempFolder();
    const path = join(folder, "a.docx");
    writeFileSync(path, "old");
    expect(await writeFileAtomic(path, bytes("old"))).toBe("unchanged");
    expect(await writeFileAtomic(path, bytes("new"))).toBe("exists");
    expect(readFileSync(path, "utf8")).toBe("old");
    chmodSync(path, 0o640);
    expect(await writeFileAtomic(path, bytes("new"), { force: true })).toBe("written");
    expect(readFileSync(path, "utf8")).toBe("new");
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(folder)).toEqual(["a.docx"]);
  });

  it("never writes into a folder, and with force replaces a symbolic link rather than its target", async () => {
    const folder = tempFolder();
    mkdirSync(join(folder, "dir.docx"));
    expect(await writeFileAtomic(join(folder, "dir.docx"), bytes("x"), { force: true })).toBe("not-a-file");
    writeFileSync(join(folder, "target.json"), "keep");
    symlinkSync("target.json", join(folder, "link.docx"));
    expect(await writeFileAtomic(join(folder, "link.docx"), bytes("x"))).toBe("exists");
    expect(await writeFileAtomic(join(folder, "link.docx"), bytes("x"), { force: true })).toBe("written");
    expect(readFileSync(join(folder, "target.json"), "utf8")).toBe("keep");
    expect(readFileSync(join(folder, "link.docx"), "utf8")).toBe("x");
  });

  it("throws when the folder cannot be written, leaving nothing behind", async () => {
    const folder = tempFolder();
    await expect(writeFileAtomic(join(folder, "missing", "a.docx"), bytes("x"))).rejects.toMatchObject({
      code: "ENOENT",
    });
    expect(readdirSync(folder)).toEqual([]);
  });
});
