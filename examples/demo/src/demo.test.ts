import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { directive2020 } from "@xhht/domain";
import { readDocxText } from "@xhht/templates";
import { timeline } from "./timeline2020.ts";

test("the 2020 timeline names the week, the opening and the report deadline in Vietnamese", () => {
  assert.deepEqual(timeline(directive2020).slice(2), [
    "Tuần lễ: từ thứ Năm, 01/10/2020 đến thứ Tư, 07/10/2020",
    "Lễ khai mạc: thứ Năm, 01/10/2020",
    "Hạn báo cáo: trước ngày 30/10/2020 (hết ngày thứ Năm, 29/10/2020), về Vụ Giáo dục thường xuyên",
  ]);
});

test("the demo writes the 2020 letter into ./out of the directory it was started from", () => {
  const cwd = mkdtempSync(join(tmpdir(), "xhht-demo-"));
  const output = execFileSync(
    process.execPath,
    ["--import", import.meta.resolve("tsx"), "--conditions=@xhht/source", join(import.meta.dirname, "demo.ts")],
    {
      cwd,
      env: { ...process.env, INIT_CWD: cwd },
      encoding: "utf8",
    },
  );
  assert.match(output, /Lễ khai mạc: thứ Năm, 01\/10\/2020/);
  const paragraphs = readDocxText(readFileSync(join(cwd, "out", "3589-BGDDT-GDTX-2020.docx")));
  assert.ok(paragraphs.includes("Số: 3589/BGDĐT-GDTX"));
  assert.ok(paragraphs.includes("Hà Nội, ngày 15 tháng 9 năm 2020"));
});
