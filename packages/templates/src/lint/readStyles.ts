import { childOf, childrenOf, type XmlElement } from "./parseXml.ts";

/** The formatting of a run that the linter checks, after every level of inheritance is applied. */
export interface RunFormat {
  /** The font of ASCII characters (`w:ascii` / `w:asciiTheme`). */
  readonly asciiFont: string;
  /** The font of other Latin characters, Vietnamese letters among them (`w:hAnsi` / `w:hAnsiTheme`). */
  readonly hAnsiFont: string;
  /** Size in half-points (`w:sz`). */
  readonly size: number;
  readonly bold: boolean;
  readonly italic: boolean;
  /** The text colour as `w:color` gives it: six hex digits, or "auto" when nothing sets it. */
  readonly color: string;
}

/** Where a run sits: its own properties and the styles around it. */
export interface RunContext {
  readonly rPr: XmlElement | undefined;
  readonly rStyle: string | undefined;
  readonly pStyle: string | undefined;
  readonly tblStyle: string | undefined;
}

/** The styles part and theme of a document, ready to answer what a run or paragraph looks like. */
export interface StyleSheet {
  readonly runFormat: (context: RunContext) => RunFormat;
  /** The paragraph's effective `w:jc`, "left" when nothing sets it. */
  readonly alignment: (pPr: XmlElement | undefined, pStyle: string | undefined, tblStyle: string | undefined) => string;
}

interface Style {
  readonly type: string;
  readonly basedOn: string | undefined;
  readonly rPr: XmlElement | undefined;
  readonly pPr: XmlElement | undefined;
}

/** What Word uses when no level names a font or a size: Times New Roman, 10 pt. */
const applicationFont = "Times New Roman";
const applicationSize = 20;

const isOn = (element: XmlElement): boolean => {
  const value = element.attrs["w:val"];
  return value === undefined || !/^(?:0|false|off|none)$/iu.test(value);
};

const readTheme = (theme: XmlElement | undefined): ReadonlyMap<string, string> => {
  const fonts = new Map<string, string>();
  const scheme = childOf(childOf(theme, "a:themeElements"), "a:fontScheme");
  for (const [kind, element] of [
    ["major", childOf(scheme, "a:majorFont")],
    ["minor", childOf(scheme, "a:minorFont")],
  ] as const) {
    for (const [slot, script] of [
      ["Ascii", "a:latin"],
      ["HAnsi", "a:latin"],
      ["EastAsia", "a:ea"],
      ["Bidi", "a:cs"],
    ] as const) {
      const typeface = childOf(element, script)?.attrs.typeface;
      if (typeface !== undefined && typeface.trim() !== "") fonts.set(`${kind}${slot}`, typeface.trim());
    }
  }
  return fonts;
};

/**
 * Reads `styles.xml` and the theme into a {@link StyleSheet}: a run's font, size, bold and italic are looked up in
 * its own properties, then its character style chain, its paragraph style chain (the default paragraph style when
 * none is named), its table's style chain, then `w:docDefaults`; a theme font (`w:asciiTheme="minorHAnsi"`) is
 * resolved through the theme's major or minor font. Never throws; missing parts mean Word's own defaults.
 *
 * @example
 * ```ts
 * const sheet = readStyles(docx.part("word/styles.xml"), docx.part("word/theme/theme1.xml"));
 * sheet.runFormat({ rPr: undefined, rStyle: undefined, pStyle: "Normal", tblStyle: undefined }).size; // 28
 * ```
 */
export const readStyles = (styles: XmlElement | undefined, theme: XmlElement | undefined): StyleSheet => {
  const byId = new Map<string, Style>();
  const defaults = new Map<string, string>();
  for (const element of childrenOf(styles, "w:style")) {
    const id = element.attrs["w:styleId"];
    const type = element.attrs["w:type"] ?? "paragraph";
    if (id === undefined || byId.has(id)) continue;
    byId.set(id, {
      type,
      basedOn: childOf(element, "w:basedOn")?.attrs["w:val"],
      rPr: childOf(element, "w:rPr"),
      pPr: childOf(element, "w:pPr"),
    });
    const isDefault = element.attrs["w:default"];
    if (isDefault !== undefined && /^(?:1|true|on)$/iu.test(isDefault) && !defaults.has(type)) defaults.set(type, id);
  }
  const docDefaults = childOf(styles, "w:docDefaults");
  const defaultRPr = childOf(childOf(docDefaults, "w:rPrDefault"), "w:rPr");
  const defaultPPr = childOf(childOf(docDefaults, "w:pPrDefault"), "w:pPr");
  const themeFonts = readTheme(theme);

  const chainCache = new Map<string, readonly Style[]>();
  const chain = (id: string | undefined, type: string): readonly Style[] => {
    const start = id !== undefined && byId.get(id)?.type === type ? id : defaults.get(type);
    if (start === undefined) return [];
    const key = `${type}\u0000${start}`;
    const cached = chainCache.get(key);
    if (cached !== undefined) return cached;
    const list: Style[] = [];
    const seen = new Set<string>();
    for (let at: string | undefined = start; at !== undefined && !seen.has(at); ) {
      seen.add(at);
      const style = byId.get(at);
      if (style === undefined || style.type !== type) break;
      list.push(style);
      at = style.basedOn;
    }
    chainCache.set(key, list);
    return list;
  };

  const styleLevels = new Map<string, readonly (XmlElement | undefined)[]>();
  const runLevels = (context: RunContext): readonly (XmlElement | undefined)[] => {
    const key = `${context.rStyle}\u0000${context.pStyle}\u0000${context.tblStyle}`;
    let levels = styleLevels.get(key);
    if (levels === undefined) {
      levels = [
        ...chain(context.rStyle, "character").map((style) => style.rPr),
        ...chain(context.pStyle, "paragraph").map((style) => style.rPr),
        ...chain(context.tblStyle, "table").map((style) => style.rPr),
        defaultRPr,
      ].filter((level) => level !== undefined);
      styleLevels.set(key, levels);
    }
    return context.rPr === undefined ? levels : [context.rPr, ...levels];
  };

  const font = (levels: readonly (XmlElement | undefined)[], slot: "ascii" | "hAnsi"): string => {
    for (const level of levels) {
      const fonts = childOf(level, "w:rFonts");
      if (fonts === undefined) continue;
      const themed = fonts.attrs[`w:${slot}Theme`];
      if (themed !== undefined) return themeFonts.get(themed) ?? themed;
      const named = fonts.attrs[`w:${slot}`];
      if (named !== undefined && named.trim() !== "") return named.trim();
    }
    return applicationFont;
  };
  const toggle = (levels: readonly (XmlElement | undefined)[], name: string): boolean => {
    for (const level of levels) {
      const element = childOf(level, name);
      if (element !== undefined) return isOn(element);
    }
    return false;
  };
  const size = (levels: readonly (XmlElement | undefined)[]): number => {
    for (const level of levels) {
      const value = Number.parseInt(childOf(level, "w:sz")?.attrs["w:val"] ?? "", 10);
      if (Number.isFinite(value) && value > 0) return value;
    }
    return applicationSize;
  };

  const color = (levels: readonly (XmlElement | undefined)[]): string => {
    for (const level of levels) {
      const value = childOf(level, "w:color")?.attrs["w:val"];
      if (value !== undefined && value.trim() !== "") return value.trim();
    }
    return "auto";
  };

  return {
    runFormat: (context) => {
      const levels = runLevels(context);
      return {
        asciiFont: font(levels, "ascii"),
        hAnsiFont: font(levels, "hAnsi"),
        size: size(levels),
        bold: toggle(levels, "w:b"),
        italic: toggle(levels, "w:i"),
        color: color(levels),
      };
    },
    alignment: (pPr, pStyle, tblStyle) => {
      const levels = [
        pPr,
        ...chain(pStyle, "paragraph").map((style) => style.pPr),
        ...chain(tblStyle, "table").map((style) => style.pPr),
        defaultPPr,
      ];
      for (const level of levels) {
        const value = childOf(level, "w:jc")?.attrs["w:val"];
        if (value !== undefined) return value;
      }
      return "left";
    },
  };
};
