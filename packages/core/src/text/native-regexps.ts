// Shared rule (speed only): the importers' largest regular expressions are compiled straight to
// machine code on first use, skipping V8's bytecode interpreter, which costs them far more.

/**
 * V8 first runs a regular expression in its bytecode interpreter and compiles it to machine code
 * from the next run on. For the few rules of thousands of characters with the `i` (and `u`) flag,
 * building that bytecode is the dear part: the address rule of paragraph-roles.ts took ~300 ms
 * to its first answer, ~40 ms when compiled straight to machine code. V8 skips the interpreter
 * when a subject is 1000 characters or longer (its kTierUpForSubjectLengthValue), so one run
 * on a line of spaces before the first real use does that.
 */
const LONG_BLANK = " ".repeat(1000);

/**
 * A function that, on its first call only, has each of `regexps` compiled to machine code (one
 * run on a long blank line); later calls do nothing. Nothing a caller can see changes:
 * `lastIndex` is put back, and no rule's answer depends on an earlier run.
 */
export function nativeOnFirstUse(regexps: readonly RegExp[]): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    for (const regexp of regexps) {
      const { lastIndex } = regexp;
      regexp.test(LONG_BLANK);
      regexp.lastIndex = lastIndex;
    }
  };
}

/**
 * Every match of the global rule `regexp` in `text`, as `[...text.matchAll(regexp)]` gives them,
 * but run on `regexp` itself. `matchAll` runs on a copy, and V8 compiles a copy again once a full
 * garbage collection has emptied its regexp cache (every few dozen statements in a render
 * thread): for the month-name rules that is milliseconds each time (bench/results.md, step 20).
 * `lastIndex` is 0 before and after, as a global rule's is between uses.
 */
export function allMatches(regexp: RegExp, text: string): RegExpExecArray[] {
  if (!regexp.global) throw new TypeError(`allMatches needs a global rule: ${regexp}`);
  const matches: RegExpExecArray[] = [];
  regexp.lastIndex = 0;
  for (let match = regexp.exec(text); match !== null; match = regexp.exec(text)) {
    matches.push(match);
    // An empty match would be found again at the same place: step past it, a whole code point
    // under the `u` and `v` flags, as matchAll does.
    if (match[0] === "")
      regexp.lastIndex = nextIndex(text, regexp.lastIndex, regexp.unicode || regexp.flags.includes("v"));
  }
  regexp.lastIndex = 0;
  return matches;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1;
}
