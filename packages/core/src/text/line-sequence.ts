// Shared rule (memory): a line matched as a sequence of short sticky rules, so that a long rule
// several others are made of (the greetings of import/paragraph-roles.ts) is compiled once.

/**
 * An item of a list in a line (one address of "Mr. President, Excellencies,"): `alternatives`,
 * a regular expression's source, followed by `ending`, a lookahead for whatever may follow an
 * item in the rules that use it. One item serves many rules, which is the point: V8 compiles
 * every regular expression to machine code of its own, once for one-byte and once for two-byte
 * text, so a rule written into several others as text is compiled again in each (the greeting
 * rules held sixteen copies of their list of addresses, 8 MB of machine code in every render
 * thread: bench/results.md, step 29).
 */
export class ListItem {
  /** The item where it starts, ended as its alternatives prefer. */
  readonly first: RegExp;
  readonly #ending: RegExp;
  readonly #exactSource: string;
  readonly #flags: string;
  /** The item ending exactly at the end of a text; compiled when first needed. */
  #exact: RegExp | undefined;

  constructor(alternatives: string, ending: string, flags: string) {
    this.#flags = `${flags}y`;
    this.first = new RegExp(`(?:${alternatives})${ending}`, this.#flags);
    this.#ending = new RegExp(ending, this.#flags);
    this.#exactSource = `(?:${alternatives})$`;
  }

  /** Where the item first ends from `at`, or -1 when it does not start there. */
  firstEnd(text: string, at: number): number {
    return matchedTo(this.first, text, at);
  }

  /**
   * Every other end of the item from `at` (`first` is the first one), so that a list is read
   * the way one regular expression of it would backtrack: "Your Excellency, and Madam
   * President" is one address, or "Your Excellency" and then another. Only ends that `ending`
   * allows are tried, each by matching the item to that end exactly.
   */
  otherEnds(text: string, at: number, first: number): number[] {
    this.#exact ??= new RegExp(this.#exactSource, this.#flags);
    const ends: number[] = [];
    for (let end = text.length; end > at; end--) {
      if (end === first || matchedTo(this.#ending, text, end) < 0) continue;
      if (matchedTo(this.#exact, text.slice(0, end), at) === end) ends.push(end);
    }
    return ends;
  }
}

/**
 * A greeting is a line, not a page: longer texts are never matched, which also bounds how deep
 * the walk goes (one call per item; 2,000 characters hold at most about 700 items).
 */
export const LONGEST_LINE = 2_000;

export type LineStep =
  /** A rule that must match where the last step ended (or may be skipped, when optional). */
  | { readonly match: RegExp; readonly optional?: boolean }
  /**
   * One or more items, any of `items`, with `separator` between them, after `before`; two
   * `joined.item`s may also be joined by `joined.separator` (a list of addresses is one item
   * of a longer list).
   */
  | {
      readonly items: readonly ListItem[];
      readonly separator: RegExp;
      readonly joined?: { readonly item: ListItem; readonly separator: RegExp };
      readonly before?: RegExp;
      readonly optional?: boolean;
    };

type ListStep = Extract<LineStep, { items: readonly ListItem[] }>;

/**
 * A line's rule as steps, then `end` (a rule ending with `$`), every rule sticky (`y`). It
 * answers as one regular expression of its parts would where the parts other than the items
 * can end in one way only where they are followed by what comes next (true of the greetings:
 * no address begins with "and" or a comma): every end of every item, every number of items
 * and every skip of an optional step is tried.
 */
export class LineSequence {
  /** Every rule the sequence runs first, once each (for native-regexps.ts). */
  readonly rules: readonly RegExp[];
  /**
   * Where a list's items were tried and led nowhere in this test (by step, place and whether
   * only a joined item may follow): each place is walked once, so a long line of greetings
   * that fails at its end costs time in proportion to it, not to the ways of reading it.
   */
  private failed: Set<number> | undefined;

  constructor(
    readonly steps: readonly LineStep[],
    readonly end: RegExp,
  ) {
    this.rules = [...new Set([...steps.flatMap(rulesOf), end])];
    for (const rule of this.rules)
      if (!rule.sticky) throw new TypeError(`LineSequence needs sticky rules: ${rule}`);
  }

  test(text: string): boolean {
    if (text.length > LONGEST_LINE) return false;
    this.failed = undefined;
    const matched = this.from(text, 0, 0);
    this.failed = undefined;
    return matched;
  }

  private from(text: string, index: number, at: number): boolean {
    const step = this.steps[index];
    if (step === undefined) return matchedTo(this.end, text, at) >= 0;
    if (step.optional && this.from(text, index + 1, at)) return true;
    if ("match" in step) {
      const to = matchedTo(step.match, text, at);
      return to >= 0 && this.from(text, index + 1, to);
    }
    const first = step.before ? matchedTo(step.before, text, at) : at;
    return first >= 0 && this.items(step, text, index, first, false);
  }

  /**
   * Items of the list `step` (at `index`) from `at` on: each item in turn, at each of its
   * ends, then the rest of the line or another item; only `step.joined.item` when `joined`.
   */
  private items(step: ListStep, text: string, index: number, at: number, joined: boolean): boolean {
    const place = (index * (text.length + 1) + at) * 2 + (joined ? 1 : 0);
    if (this.failed?.has(place)) return false;
    let started = false;
    for (const item of step.items) {
      if (joined && item !== step.joined?.item) continue;
      const first = item.firstEnd(text, at);
      if (first < 0) continue;
      started = true;
      if (this.after(step, item, text, index, first)) return true;
      for (const end of item.otherEnds(text, at, first))
        if (this.after(step, item, text, index, end)) return true;
    }
    // Most lines fail at their first item: nothing to remember then.
    if (started) {
      this.failed ??= new Set();
      this.failed.add(place);
    }
    return false;
  }

  /** The line after `item` ended at `to`: the rest of the steps, or another item. */
  private after(step: ListStep, item: ListItem, text: string, index: number, to: number): boolean {
    if (this.from(text, index + 1, to)) return true;
    const next = matchedTo(step.separator, text, to);
    if (next >= 0 && this.items(step, text, index, next, false)) return true;
    if (item !== step.joined?.item) return false;
    const joined = matchedTo(step.joined.separator, text, to);
    return joined >= 0 && this.items(step, text, index, joined, true);
  }
}

function rulesOf(step: LineStep): RegExp[] {
  if ("match" in step) return [step.match];
  return [
    ...step.items.map((item) => item.first),
    step.separator,
    ...(step.joined ? [step.joined.separator] : []),
    ...(step.before ? [step.before] : []),
  ];
}

/** Where sticky `rule` matched `text` from `at` to, or -1. */
function matchedTo(rule: RegExp, text: string, at: number): number {
  rule.lastIndex = at;
  const to = rule.test(text) ? rule.lastIndex : -1;
  rule.lastIndex = 0;
  return to;
}
