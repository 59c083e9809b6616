import { languageChunks } from "../../src/engine";

test("a language's table is there once loaded, and only that language's", async () => {
  const asked: string[] = [];
  const chunks = languageChunks(async (lang) => (asked.push(lang), { hello: lang === "da" ? "hej" : "hello" }));
  expect(chunks.loaded("da")).toBeUndefined();
  await expect(chunks.load("da")).resolves.toBe(true);
  expect(chunks.loaded("da")).toEqual({ hello: "hej" });
  expect(chunks.loaded("en")).toBeUndefined();
  await chunks.load("da");
  expect(asked).toEqual(["da"]);
});

test("a failed load says false, never rejects, and is tried again next call", async () => {
  let fail = true;
  const chunks = languageChunks(async () => {
    if (fail) throw new Error("offline");
    return "words";
  });
  await expect(chunks.load("en")).resolves.toBe(false);
  expect(chunks.loaded("en")).toBeUndefined();
  fail = false;
  await expect(chunks.load("en")).resolves.toBe(true);
  expect(chunks.loaded("en")).toBe("words");
});
