/** A name inside a sentence: its first letter lower case («Lễ khai mạc» → «lễ khai mạc»), unless it opens an acronym («COVID-19»). */
export const inSentence = (name: string): string =>
  /^\p{Lu}\p{Ll}/u.test(name) ? `${name.charAt(0).toLocaleLowerCase("vi")}${name.slice(1)}` : name;
