// The Stats model (zod): what analyze derives from a statement's body, for templates.

import { z } from "zod";

/** Facts derived from a statement's body; never stored in a source file. */
export const StatsSchema = z
  .object({
    words: z.number().int().nonnegative(),
    characters: z.number().int().nonnegative(),
    speakingSeconds: z.number().int().nonnegative(),
    languages: z.array(z.string()),
  })
  .strict();

export type Stats = z.infer<typeof StatsSchema>;
