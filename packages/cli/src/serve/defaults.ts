// `briefing serve`'s default limits, apart from the server so the CLI can show them in its
// help without loading fastify (docs/architecture.md, "Two entry points").

export const DEFAULTS = { queue: 64, timeLimitSeconds: 30, maxBodyMb: 10 } as const;
