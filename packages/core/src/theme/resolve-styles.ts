// Theme stage: theme.yaml styles → ResolvedStyle records, their basedOn chains applied.

import type { ResolvedStyle } from "../contract/document-schema.js";
import type { ThemeStyle } from "./theme-schema.js";

/** What a style with no `basedOn` starts from. */
export const styleDefaults: Omit<ResolvedStyle, "name" | "basedOn"> = {
  font: "serif",
  size: 11,
  bold: false,
  italic: false,
  color: "#000000",
  align: "left",
  lineHeight: 1.25,
  spaceBefore: 0,
  spaceAfter: 0,
  firstLineIndent: 0,
  indent: 0,
  keepWithNext: false,
  keepTogether: false,
  pageBreakBefore: false,
};

/** A style problem with the theme path of the offending value. */
export class StyleResolutionError extends Error {
  constructor(
    readonly path: PropertyKey[],
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** Applies each style's `basedOn` chain; an unknown base, a cycle or an unknown font is an error. */
export function resolveStyles(
  styles: Record<string, ThemeStyle>,
  fontFamilies: ReadonlySet<string>,
): Record<string, ResolvedStyle> {
  const resolved: Record<string, ResolvedStyle> = {};
  const resolve = (name: string, chain: string[]): ResolvedStyle => {
    const done = resolved[name];
    if (done) return done;
    const style = styles[name];
    if (!style) throw new Error(`unknown style ${name}`);
    let base: Omit<ResolvedStyle, "name" | "basedOn"> = styleDefaults;
    if (style.basedOn !== undefined) {
      if (!(style.basedOn in styles)) {
        throw new StyleResolutionError(
          ["styles", name, "basedOn"],
          `style "${name}" is based on "${style.basedOn}", which is not defined`,
        );
      }
      if (chain.includes(style.basedOn)) {
        throw new StyleResolutionError(
          ["styles", name, "basedOn"],
          `styles are based on each other in a cycle: ${[...chain, name, style.basedOn].slice(chain.indexOf(style.basedOn)).join(" → ")}`,
        );
      }
      const { name: _name, basedOn: _basedOn, ...inherited } = resolve(style.basedOn, [...chain, name]);
      base = inherited;
    }
    const { basedOn, ...own } = style;
    const defined = Object.fromEntries(Object.entries(own).filter(([, value]) => value !== undefined));
    const result: ResolvedStyle = { name, ...(basedOn ? { basedOn } : {}), ...base, ...defined };
    if (!fontFamilies.has(result.font)) {
      throw new StyleResolutionError(
        ["styles", name, style.font !== undefined ? "font" : "basedOn"],
        `style "${name}" uses font family "${result.font}", which is not defined`,
        `define it under fonts: or use one of ${[...fontFamilies].join(", ")}`,
      );
    }
    resolved[name] = result;
    return result;
  };
  for (const name of Object.keys(styles)) resolve(name, []);
  // Key order follows the theme file so Documents are stable.
  return Object.fromEntries(Object.keys(styles).map((name) => [name, resolved[name] as ResolvedStyle]));
}
