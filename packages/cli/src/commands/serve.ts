// `briefing serve`: the HTTP API and web page on one port, rendering on the same worker pool as
// `export`; refuses to listen beyond loopback without a token; stops cleanly on SIGINT/SIGTERM.

import type { AddressInfo } from "node:net";
import type { Command } from "commander";
import { CliError, EXIT_INPUT, EXIT_USAGE, positiveInteger } from "../cli-error.js";
import { chooseJobs } from "../export/jobs.js";
import { createRenderPool, DEFAULT_WORKER_MEMORY_MB } from "../export/pool.js";
import { DEFAULTS } from "../serve/defaults.js";
import { isLoopbackHost } from "../serve/token.js";

interface ServeOptions {
  host: string;
  port: string;
  token?: string;
  templates?: string;
  jobs?: string;
  queue: string;
  timeLimit: string;
  maxBody: string;
  cors?: string;
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description(
      "Serve the briefing web page and HTTP API: drop statements in a browser, or POST them to /api/* " +
        "(docs/serve.md; the API is described at /api/openapi.json). Renders run on worker threads " +
        "like `export`. Without a token the server only listens on this machine.",
    )
    .option("--host <host>", "address to listen on; anything but loopback needs --token", "127.0.0.1")
    .option("--port <port>", "port to listen on (0: any free port; the printed URL shows it)", "8080")
    .option("--token <token>", "require Authorization: Bearer <token> on /api/* (default: $BRIEFING_TOKEN)")
    .option("--templates <dir>", "folder of user templates a request may name, besides the built-ins")
    .option(
      "-j, --jobs <n>",
      "render worker threads (default: the number of cores, fewer if memory is short)",
    )
    .option(
      "--queue <n>",
      "renders that may wait for a worker; beyond it requests get 503",
      String(DEFAULTS.queue),
    )
    .option(
      "--time-limit <seconds>",
      "longest one render may take; beyond it the request gets 422",
      String(DEFAULTS.timeLimitSeconds),
    )
    .option("--max-body <MB>", "largest request body; beyond it 413", String(DEFAULTS.maxBodyMb))
    .option("--cors <origin>", "let pages from this one origin call the API (CORS is off without it)")
    // Subcommands registered before the root's exitOverride do not inherit it; usage errors must exit 2.
    .exitOverride()
    .action(async (options: ServeOptions) => {
      await serveCommand(options);
    });
}

async function serveCommand(options: ServeOptions): Promise<void> {
  const token = options.token ?? (process.env.BRIEFING_TOKEN || undefined);
  if (token === undefined && !isLoopbackHost(options.host)) {
    throw new CliError(
      `--host ${options.host} can be reached from other machines: set --token or BRIEFING_TOKEN`,
      EXIT_USAGE,
    );
  }
  if (token !== undefined && !/^[\x21-\x7e]{8,}$/.test(token)) {
    throw new CliError("the token must be at least 8 printable ASCII characters, without spaces", EXIT_USAGE);
  }
  const port = portNumber(options.port);
  const queue = wholeNumber("--queue", options.queue);
  const timeLimitSeconds = positiveInteger("--time-limit", options.timeLimit);
  const maxBodyMb = Number(options.maxBody);
  if (!Number.isFinite(maxBodyMb) || maxBodyMb <= 0 || maxBodyMb > 1024) {
    throw new CliError(
      `--max-body expects a number of MB from 0 to 1024 (got "${options.maxBody}")`,
      EXIT_USAGE,
    );
  }
  if (options.cors !== undefined && !/^https?:\/\/[^/\s]+$/.test(options.cors)) {
    throw new CliError(
      `--cors expects one origin such as https://example.org (got "${options.cors}")`,
      EXIT_USAGE,
    );
  }
  const requested = options.jobs === undefined ? undefined : positiveInteger("--jobs", options.jobs);
  const choice = chooseJobs(requested, { maxMemoryMb: DEFAULT_WORKER_MEMORY_MB });
  if (choice.warning) process.stderr.write(`briefing: ${choice.warning}\n`);

  // Loaded here, not with the program: see docs/architecture.md, "Two entry points".
  const { createServer } = await import("../serve/server.js");
  const pool = createRenderPool({ jobs: choice.jobs });
  const app = createServer({
    pool,
    jobs: choice.jobs,
    queue,
    timeLimitSeconds,
    maxBodyMb,
    ...(token !== undefined && { token }),
    ...(options.templates !== undefined && { templatesDir: options.templates }),
    ...(options.cors !== undefined && { cors: options.cors }),
    onInternalError: (error) => {
      process.stderr.write(
        `briefing: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    },
  });
  try {
    await app.listen({ host: options.host, port });
  } catch (error) {
    await pool.destroy();
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === "EADDRINUSE")
      throw new CliError(`port ${port} is in use — pick another with --port, or --port 0 for any free one`);
    if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND")
      throw new CliError(`--host ${options.host} is not an address of this machine`, EXIT_USAGE);
    throw error;
  }
  const address = app.server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  // A token typed on the command line is already in the shell's history, so the URL may carry it;
  // one from BRIEFING_TOKEN comes from a secret store and must not end up in a container's log.
  const url = `http://${host}:${address.port}/`;
  if (options.token !== undefined) {
    process.stdout.write(`briefing: serving on ${url}#token=${encodeURIComponent(options.token)}\n`);
  } else if (token !== undefined) {
    process.stdout.write(
      `briefing: serving on ${url} — the token is BRIEFING_TOKEN's: open ${url}#token=<token> in a browser\n`,
    );
  } else {
    process.stdout.write(`briefing: serving on ${url}\n`);
  }

  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = () => {
      // A second signal while closing means now.
      if (stopping) process.exit(EXIT_INPUT);
      stopping = true;
      // In-flight requests finish; new ones are refused; then the workers go.
      app
        .close()
        .then(() => pool.destroy())
        .catch((error: unknown) => {
          process.stderr.write(
            `briefing: while stopping: ${error instanceof Error ? error.message : String(error)}\n`,
          );
        })
        .then(() => {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
          resolve();
        });
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

function portNumber(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new CliError(`--port expects a number from 0 to 65535 (got "${text}")`, EXIT_USAGE);
  return port;
}

function wholeNumber(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0)
    throw new CliError(`${flag} expects a whole number ≥ 0 (got "${text}")`, EXIT_USAGE);
  return value;
}
