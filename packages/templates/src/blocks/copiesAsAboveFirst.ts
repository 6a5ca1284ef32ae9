import { documentWording } from "../data/documentWording.ts";

const isAsAbove = (copy: string) =>
  copy.trim().toLocaleLowerCase("vi") === documentWording.asAbove.toLocaleLowerCase("vi");

/**
 * «Nơi nhận» starting «Như trên» (those named in «Kính gửi»), wherever the document put it or if it left it out: a tờ
 * trình or a báo cáo sent to a superior (Decree 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.9.b).
 */
export const copiesAsAboveFirst = (copies: readonly string[]): string[] => [
  documentWording.asAbove,
  ...copies.filter((copy) => !isAsAbove(copy)),
];
