import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { pickLanguage } from "../src/pickLanguage.ts";

describe("pickLanguage", () => {
  it("takes ?lang first", () => {
    assert.equal(pickLanguage("en", "vi"), "en");
    assert.equal(pickLanguage("VI", "en"), "vi");
  });
  it("refuses a ?lang the SDK has no messages in", () => {
    assert.equal(pickLanguage("fr", "en"), undefined);
  });
  it("follows Accept-Language's q-values, regions counting as their language", () => {
    assert.equal(pickLanguage(undefined, "fr-FR, en-GB;q=0.8, vi;q=0.5"), "en");
    assert.equal(pickLanguage(undefined, "en;q=0.4, vi-VN;q=0.9"), "vi");
    assert.equal(pickLanguage(undefined, "en;q=0, vi;q=0"), "vi");
  });
  it("falls back to Vietnamese", () => {
    assert.equal(pickLanguage(undefined, undefined), "vi");
    assert.equal(pickLanguage(undefined, "de, fr"), "vi");
  });
});
