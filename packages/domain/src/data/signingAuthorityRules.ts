/**
 * The signing-authority data of Nghị định 30/2020/NĐ-CP: the chains of «TM.», «Q.», «KT.», «TL.», «TUQ.» lines a
 * signature block may carry, and the issuing bodies whose kind decides the chain. The decree's words, Phụ lục I,
 * Phần I, mục II.7.b: «Trường hợp ký thay mặt tập thể thì phải ghi chữ viết tắt "TM." vào trước tên tập thể lãnh đạo
 * hoặc tên cơ quan, tổ chức»; «"KT." vào trước chức vụ của người đứng đầu»; «"TL." vào trước chức vụ của người đứng
 * đầu cơ quan, tổ chức»; «"TUQ." vào trước chức vụ của người đứng đầu cơ quan, tổ chức».
 */

/**
 * The kinds of signing authority of Decree 30 (Phụ lục I, Phần I, mục II.7.b), without their dot: «TM.» thay mặt,
 * «Q.» quyền, «KT.» ký thay, «TL.» thừa lệnh, «TUQ.» thừa ủy quyền. The one list of them: the prefixes
 * `signingAuthorities`, the authority line's schema, the chains below and the linter's authority lines are made
 * from it.
 *
 * @example
 * ```ts
 * signingAuthorityKinds.includes("KT"); // true
 * ```
 */
export const signingAuthorityKinds = ["TM", "Q", "KT", "TL", "TUQ"] as const;

/**
 * The chains of authority lines a signature may carry, top line first. A head signs with none; a collective body's
 * head signs «TM.» and a deputy «TM.» then «KT.» (Điều 13, khoản 2: «Cấp phó của người đứng đầu cơ quan, tổ chức được
 * thay mặt tập thể, ký thay người đứng đầu»); a signer by order may have a deputy sign «KT.» under the «TL.»
 * (Điều 13, khoản 4: «Người được ký thừa lệnh được giao lại cho cấp phó ký thay»); «TUQ.» cannot be passed on (Điều 13, khoản 3: «Người được ký thừa ủy quyền không được ủy quyền
 * lại cho người khác ký»).
 *
 * @example
 * ```ts
 * signingAuthorityChains.some((chain) => chain.join(" ") === "TM KT"); // true
 * ```
 */
export const signingAuthorityChains = [
  [],
  ["TM"],
  ["TM", "KT"],
  ["TM", "Q"],
  ["Q"],
  ["KT"],
  ["TL"],
  ["TL", "KT"],
  ["TUQ"],
] as const satisfies readonly (readonly (typeof signingAuthorityKinds)[number][])[];

/**
 * Kinds of issuing body recognised by the start of the issuer's name (upper case, as printed): whether the body
 * works collectively (and so signs «TM.», Điều 13, khoản 2: «Cơ quan, tổ chức làm việc theo chế độ tập thể»), the
 * collective's name after «TM.» (the decree's model: «TM. ỦY BAN NHÂN DÂN» / «CHỦ TỊCH») and the head's title.
 * Longer prefixes come first.
 *
 * @example
 * ```ts
 * issuerKinds.find((kind) => "SỞ GIÁO DỤC VÀ ĐÀO TẠO".startsWith(kind.prefix))?.headTitle; // "GIÁM ĐỐC"
 * ```
 */
export const issuerKinds = [
  { prefix: "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", collective: "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", headTitle: "CHỦ TỊCH" },
  { prefix: "HỘI ĐỒNG NHÂN DÂN", collective: "HỘI ĐỒNG NHÂN DÂN", headTitle: "CHỦ TỊCH" },
  { prefix: "ỦY BAN NHÂN DÂN", collective: "ỦY BAN NHÂN DÂN", headTitle: "CHỦ TỊCH" },
  { prefix: "UBND ", collective: "ỦY BAN NHÂN DÂN", headTitle: "CHỦ TỊCH" },
  { prefix: "SỞ ", collective: undefined, headTitle: "GIÁM ĐỐC" },
  { prefix: "BỘ ", collective: undefined, headTitle: "BỘ TRƯỞNG" },
] as const;
