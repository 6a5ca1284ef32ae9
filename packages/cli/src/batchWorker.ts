import { parentPort } from "node:worker_threads";
import type { BatchResult, BatchTask } from "./batchProtocol.ts";
import { writeFileAtomic } from "./output/writeFileAtomic.ts";
import { renderRecord } from "./renderRecord.ts";

/** Lays out one record and writes its document atomically; never throws: a failure is the answer. */
const runTask = async (task: BatchTask): Promise<BatchResult> => {
  try {
    const outcome = await renderRecord(task.template, task.value, { lang: task.lang, directive: task.directive });
    if (!outcome.ok) {
      return outcome.message === undefined
        ? { id: task.id, ok: false, issues: outcome.issues }
        : { id: task.id, ok: false, issues: outcome.issues, message: outcome.message };
    }
    const status = await writeFileAtomic(task.out, outcome.bytes, { force: task.force });
    if (status === "exists" || status === "not-a-file") {
      return { id: task.id, ok: false, issues: outcome.issues, refused: status };
    }
    return {
      id: task.id,
      ok: true,
      bytes: outcome.bytes.length,
      issues: outcome.issues,
      ...(status === "unchanged" ? { unchanged: true } : {}),
    };
  } catch (error) {
    return { id: task.id, ok: false, issues: [], message: error instanceof Error ? error.message : String(error) };
  }
};

parentPort?.on("message", (task: BatchTask) => {
  void runTask(task).then((result) => parentPort?.postMessage(result));
});
