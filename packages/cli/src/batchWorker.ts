import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { parentPort } from "node:worker_threads";
import type { BatchResult, BatchTask } from "./batchProtocol.ts";
import { renderRecord } from "./renderRecord.ts";

/** Lays out one record and writes its document; never throws: a failure is the answer. */
const runTask = async (task: BatchTask): Promise<BatchResult> => {
  try {
    const outcome = await renderRecord(task.template, task.value, { lang: task.lang, directive: task.directive });
    if (!outcome.ok) {
      return outcome.message === undefined
        ? { id: task.id, ok: false, issues: outcome.issues }
        : { id: task.id, ok: false, issues: outcome.issues, message: outcome.message };
    }
    await mkdir(dirname(task.out), { recursive: true });
    await writeFile(task.out, outcome.bytes);
    return { id: task.id, ok: true, bytes: outcome.bytes.length, issues: outcome.issues };
  } catch (error) {
    return { id: task.id, ok: false, issues: [], message: error instanceof Error ? error.message : String(error) };
  }
};

parentPort?.on("message", (task: BatchTask) => {
  void runTask(task).then((result) => parentPort?.postMessage(result));
});
