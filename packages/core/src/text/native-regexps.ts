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
