/**
 * Vietnamese words a message shows a parameter with (see `paramWordsVi`): counted units (Vietnamese has one plural
 * form, `_other`) and the names of the types a field may expect (`type.<zod type>`).
 */
export const wordsVi = {
  "count.days_other": "{{count}} ngày",
  "count.working-days_other": "{{count}} ngày làm việc",
  "type.string": "chuỗi ký tự",
  "type.number": "số",
  "type.int": "số nguyên",
  "type.boolean": "giá trị đúng/sai (true hoặc false)",
  "type.bigint": "số nguyên (bigint)",
  "type.symbol": "ký hiệu (symbol)",
  "type.undefined": "không có giá trị",
  "type.null": "giá trị rỗng (null)",
  "type.never": "không có giá trị nào",
  "type.void": "không có giá trị",
  "type.date": "ngày tháng",
  "type.array": "danh sách",
  "type.object": "đối tượng",
  "type.tuple": "danh sách có số phần tử cố định",
  "type.record": "đối tượng (các cặp khóa, giá trị)",
  "type.map": "bảng ánh xạ (Map)",
  "type.set": "tập hợp (Set)",
  "type.file": "tệp",
  "type.nonoptional": "một giá trị",
  "type.nan": "NaN",
  "type.function": "hàm",
} as const;
