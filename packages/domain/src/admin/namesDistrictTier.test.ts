import { describe, expect, it } from "vitest";
import { namesDistrictTier } from "./namesDistrictTier.ts";

describe("namesDistrictTier", () => {
  it("finds a district-level body however it is written", () => {
    for (const text of [
      "Ủy ban nhân dân các huyện, thành phố",
      "Uỷ ban nhân dân cấp huyện",
      "UBND các quận, huyện, thị xã",
      "UBND huyện Bạch Thông",
      "Phòng Giáo dục và Đào tạo các huyện",
      "Phòng GD&ĐT huyện Thường Tín",
      "Các cơ quan cấp huyện",
      "Các phòng GDĐT",
      "Các phòng giáo dục và đào tạo",
    ]) {
      expect(namesDistrictTier(text), text).toBe(true);
    }
  });

  it("leaves provincial and commune-level bodies alone", () => {
    for (const text of [
      "Ủy ban nhân dân các xã, phường, đặc khu",
      "Sở Giáo dục và Đào tạo",
      "Hội Khuyến học tỉnh",
      "Như trên",
      "Phòng Giáo dục thường xuyên",
      "Ủy ban nhân dân tỉnh Nam Định",
    ]) {
      expect(namesDistrictTier(text), text).toBe(false);
    }
  });
});
