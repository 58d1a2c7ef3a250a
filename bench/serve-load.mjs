// `pnpm bench`'s load test of `briefing serve`: autocannon against POST /api/render on loopback,
// PDF then DOCX with 2 render workers, the server's memory sampled before, during and after.

import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import autocannon from "autocannon";

/** The server's resident set now and at its peak, in MB, from /proc (Linux); undefined elsewhere. */
function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1]);
    return { rssMB: kb("VmRSS") / 1024, peakMB: kb("VmHWM") / 1024 };
  } catch {
    return undefined;
  }
}

function startServer(root, jobs) {
  const child = spawn(
    process.execPath,
    [
      join(root, "packages/cli/dist/bin.js"),
      "serve",
      "--port",
      "0",
      "--jobs",
      String(jobs),
      "--queue",
      "256",
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  return new Promise((resolve, reject) => {
    let out = "";
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`briefing serve exited ${code} before listening`)));
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const url = /serving on (http:\/\/\S+?)\/?(?:#|\s|$)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
  });
}

function hammer(url, format, files, amount, connections, onResponse = () => {}) {
  let next = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        amount,
        // Bounded in time whatever happens: a stuck server ends the run instead of the bench.
        timeout: 30,
        requests: [
          {
            method: "POST",
            setupRequest: (request) => {
              const file = files[next++ % files.length];
              return {
                ...request,
                path: `/api/render?to=${format}&name=${encodeURIComponent(basename(file.path))}`,
                headers: { "content-type": "text/plain; charset=utf-8" },
                body: file.bytes,
              };
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on("error", reject);
    instance.on("response", onResponse);
  });
}

/**
 * Runs `requests` renders split evenly between PDF and DOCX against a fresh `briefing serve
 * --jobs <jobs>` and returns requests/s, latency percentiles, errors and the server's memory.
 */
export async function serveLoad({ root, files, requests, jobs = 2, connections = 4, log }) {
  const inputs = files.map((path) => ({ path, bytes: readFileSync(path) }));
  const { child, url } = await startServer(root, jobs);
  try {
    // Threads start and fonts load on the first renders: warm both formats before measuring.
    await hammer(url, "pdf", inputs, 20, jobs);
    await hammer(url, "docx", inputs, 20, jobs);
    const before = memoryOf(child.pid);
    // The server's RSS after every 1,000 requests: flat means no request leaves anything behind.
    const checkpoints = [];
    let answered = 0;
    const count = () => {
      answered++;
      if (answered % 1000 === 0) checkpoints.push({ requests: answered, rssMB: memoryOf(child.pid)?.rssMB });
    };
    const formats = {};
    for (const format of ["pdf", "docx"]) {
      const r = await hammer(url, format, inputs, Math.round(requests / 2), connections, count);
      formats[format] = {
        requests: r.requests.total,
        requestsPerSecond: r.requests.total / r.duration,
        p50: r.latency.p50,
        p99: r.latency.p99,
        errors: r.errors + r.timeouts + r.non2xx,
        non2xx: r.non2xx,
        seconds: r.duration,
      };
      const f = formats[format];
      log(
        `  serve ${format}: ${f.requests} requests, ${f.requestsPerSecond.toFixed(1)} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms, ${f.errors} errors`,
      );
    }
    const after = memoryOf(child.pid);
    const result = { jobs, connections, formats, before, after, checkpoints };
    if (before && after) {
      log(
        `  serve memory: RSS ${before.rssMB.toFixed(0)} MB after warm-up, ${after.rssMB.toFixed(0)} MB after ${requests} requests, peak ${after.peakMB.toFixed(0)} MB`,
      );
    }
    return result;
  } finally {
    child.kill("SIGTERM");
  }
}
