// `briefing serve`'s HTTP API over a real socket: every route, every error path, the queue and
// time limit (with a pool the test holds), token, headers, CORS, path safety, and the CLI itself.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseStatement, type Statement } from "@briefing/core";
import { strFromU8, unzipSync, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RenderPool } from "../packages/cli/dist/export/pool.js";
import { createRenderPool } from "../packages/cli/dist/export/pool.js";
import { renderInput } from "../packages/cli/dist/export/render-input.js";
import type { TaskAbort } from "../packages/cli/dist/export/task-signal.js";
import {
  ErrorReplySchema,
  ExportLineSchema,
  HealthSchema,
  InspectReplySchema,
  TemplatesReplySchema,
} from "../packages/cli/dist/serve/schemas.js";
import { createServer, type ServerOptions } from "../packages/cli/dist/serve/server.js";
import { bin, examples } from "./export-helpers.js";
import { readPdf } from "./support/pdf-text.js";

const SEED = "2021-11-23-unga-trafficking-in-persons.txt";
const OTHER = "2017-06-08-apmbc-cooperation-and-assistance.txt";
const YAML_SEED = "2023-10-25-unga-third-committee-rights-of-the-child.yaml";
const SENTINEL = "SENTINEL-7f3a-must-never-be-served";
const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

type App = ReturnType<typeof createServer>;

let seed: Uint8Array;
let other: Uint8Array;
let yamlSeed: Uint8Array;
let dir: string;
let assets: { root: string; mounts: { prefix: string; dir: string }[] };
const apps: App[] = [];
const pools: RenderPool[] = [];
let pool: RenderPool;
let base: string;

/** Starts a server on a free loopback port; closed after all tests. */
async function start(
  options: Partial<ServerOptions> & Pick<ServerOptions, "pool" | "jobs">,
): Promise<string> {
  const app = createServer({ webAssets: assets, ...options });
  apps.push(app);
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return `http://127.0.0.1:${address.port}`;
}

const squash = (text: string) => text.replace(/\s+/g, "");

function post(
  url: string,
  body: BodyInit | Uint8Array,
  headers: Record<string, string> = {},
): Promise<Response> {
  // A copy: fetch wants bytes over an ArrayBuffer, not any ArrayBufferLike.
  return fetch(url, {
    method: "POST",
    body: body instanceof Uint8Array ? new Uint8Array(body) : body,
    headers,
  });
}

function form(...files: [string, Uint8Array][]): FormData {
  const data = new FormData();
  for (const [name, bytes] of files) data.append("file", new Blob([new Uint8Array(bytes)]), name);
  return data;
}

async function bytesOf(response: Response): Promise<Uint8Array> {
  return new Uint8Array(await response.arrayBuffer());
}

async function errorOf(response: Response) {
  const text = await response.text();
  expect(text, "no stack trace in an error body").not.toMatch(/\n\s+at /);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  // Every error body is what the OpenAPI document says it is (the same zod schema).
  return ErrorReplySchema.parse(JSON.parse(text)).error;
}

/** A GET with the path sent exactly as given (fetch would normalise `..` away). */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ hostname, port, path, method: "GET" }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        body += chunk;
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", reject);
    request.end();
  });
}

function wordText(docx: Uint8Array): string {
  const xml = strFromU8(unzipSync(docx)["word/document.xml"] as Uint8Array);
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join("");
}

beforeAll(async () => {
  seed = new Uint8Array(await readFile(join(examples, SEED)));
  other = new Uint8Array(await readFile(join(examples, OTHER)));
  yamlSeed = new Uint8Array(await readFile(join(examples, YAML_SEED)));
  dir = await mkdtemp(join(tmpdir(), "briefing-serve-"));
  // The page's folders inside `dir/site`; the sentinel beside them must never be reachable.
  const root = join(dir, "site", "public");
  const app = join(dir, "site", "app");
  await mkdir(root, { recursive: true });
  await mkdir(app, { recursive: true });
  await writeFile(join(root, "index.html"), "<!doctype html><title>briefing test page</title>");
  await writeFile(join(app, "main.js"), "export {};\n");
  await writeFile(join(dir, "site", "secret.txt"), SENTINEL);
  await writeFile(join(dir, "secret.txt"), SENTINEL);
  assets = { root, mounts: [{ prefix: "/app/", dir: app }] };
  pool = createRenderPool({ jobs: 2 });
  pools.push(pool);
  base = await start({ pool, jobs: 2 });
});

afterAll(async () => {
  await Promise.all(apps.map((app) => app.close()));
  await Promise.all(pools.map((p) => p.destroy()));
  await rm(dir, { recursive: true, force: true });
});

describe("briefing serve: routes", { timeout: 120_000 }, () => {
  it("GET /healthz reports workers and an idle queue", async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(HealthSchema.parse(await response.json())).toEqual({
      status: "ok",
      version: "0.1.0",
      workers: 2,
      queue: { running: 0, waiting: 0, limit: 64 },
    });
  });

  it("GET /api/openapi.json lists every route, and the Statement schema has the model's fields", async () => {
    const response = await fetch(`${base}/api/openapi.json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).sort()).toEqual(
      [
        "/healthz",
        "/api/openapi.json",
        "/api/templates",
        "/api/inspect",
        "/api/render",
        "/api/book",
        "/api/export",
      ].sort(),
    );
    expect(Object.keys(document.paths["/api/render"] ?? {})).toEqual(["post"]);
    expect(document.paths["/api/render"]?.post?.responses).toHaveProperty("422");
    const statement = document.components.schemas.Statement?.properties ?? {};
    for (const field of ["title", "titleJa", "meeting", "date", "speaker", "delegation", "body", "source"]) {
      expect(statement, field).toHaveProperty(field);
    }
    for (const name of ["ErrorBody", "Report", "Template", "Health"])
      expect(document.components.schemas).toHaveProperty(name);
    // Every $ref points at a schema the document holds.
    for (const [, name] of JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) {
      expect(document.components.schemas, `$ref ${name}`).toHaveProperty(name as string);
    }
  });

  it("GET /api/templates lists names, never paths", async () => {
    const response = await fetch(`${base}/api/templates`);
    expect(response.status).toBe(200);
    const { templates } = TemplatesReplySchema.parse(await response.json());
    expect(templates.map((t) => t.name)).toEqual(
      expect.arrayContaining(["briefing", "book", "reading-copy"]),
    );
    for (const template of templates) {
      expect(Object.keys(template).sort()).toEqual(["builtIn", "description", "name"]);
      expect(JSON.stringify(template)).not.toContain(dir);
    }
  });

  it("POST /api/inspect reads the seed: fields, date, stats and each field's source line", async () => {
    const response = await post(`${base}/api/inspect?name=${SEED}`, seed, { "content-type": "text/plain" });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(() => InspectReplySchema.parse(body)).not.toThrow();
    const { reports } = body as {
      reports: {
        file: string;
        statement: Statement;
        stats: { words: number };
        warnings: unknown[];
        explain: {
          fields: { field: string; line: number; rule: string; text: string }[];
          dropped: unknown[];
        };
      }[];
    };
    expect(reports).toHaveLength(1);
    const [report] = reports;
    expect(report?.file).toBe(SEED);
    expect(report?.statement.titleJa).toContain("人身取引");
    expect(report?.statement.date?.start).toBe("2021-11-23");
    expect(report?.stats.words).toBeGreaterThan(100);
    const titleJa = report?.explain.fields.find((field) => field.field === "titleJa");
    expect(titleJa?.line).toBe(1);
    expect(titleJa?.rule).toMatch(/title/i);
    expect(report?.explain.fields.find((field) => field.field === "date")?.line).toBeGreaterThan(1);
  });

  it("POST /api/inspect of several inputs keeps body order, a failure in its place; YAML has no explain", async () => {
    const response = await post(
      `${base}/api/inspect`,
      form([SEED, seed], ["junk.txt", new Uint8Array([0, 1, 2, 3, 0, 255])], [YAML_SEED, yamlSeed]),
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(() => InspectReplySchema.parse(body)).not.toThrow();
    const { reports } = body as { reports: Record<string, unknown>[] };
    expect(reports.map((report) => report.file)).toEqual([SEED, "junk.txt", YAML_SEED]);
    expect(reports[1]).toHaveProperty("error.message");
    expect(reports[1]).toHaveProperty("error.line", 1);
    expect(reports[2]?.explain).toBeNull();
  });

  it("POST /api/render gives a PDF named like the export, with its page count, showing the title", async () => {
    const response = await post(`${base}/api/render?to=pdf&name=${SEED}`, seed);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="2021-11-23-[^"]*-[0-9a-f]{8}\.pdf"; filename\*=UTF-8''2021-11-23-%E4%BA%BA/,
    );
    expect(response.headers.get("x-briefing-warnings")).toMatch(/^\d+$/);
    const pdf = await readPdf(await bytesOf(response));
    expect(Number(response.headers.get("x-briefing-pages"))).toBe(pdf.pdf.numPages);
    expect(squash(pdf.text)).toContain(squash("人身取引グローバル行動計画"));
    await pdf.pdf.destroy();
  });

  it("POST /api/render?to=docx gives a Word file whose document.xml holds the title", async () => {
    const response = await post(`${base}/api/render?to=docx&embedFonts=false`, form([SEED, seed]));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(DOCX_MIME);
    expect(response.headers.get("content-disposition")).toMatch(/filename="2021-11-23-[^"]*\.docx"/);
    expect(squash(wordText(await bytesOf(response)))).toContain(squash("人身取引グローバル行動計画"));
  });

  it("POST /api/render?to=yaml gives the statement as YAML that briefing reads back the same", async () => {
    const inspected = (await (await post(`${base}/api/inspect?name=${SEED}`, seed)).json()) as {
      reports: { statement: Statement }[];
    };
    const response = await post(`${base}/api/render?to=yaml&name=${SEED}`, seed);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/yaml; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/\.yaml"/);
    const back = parseStatement(await bytesOf(response), {
      filename: SEED.replace(".txt", ".yaml"),
    }).statement;
    const { source: _a, ...read } = back;
    const { source: _b, ...expected } = inspected.reports[0]?.statement ?? ({} as Statement);
    expect(read).toEqual(expected);
  });

  it("POST /api/render takes a JSON Statement (the model inspect returns)", async () => {
    const inspected = (await (await post(`${base}/api/inspect?name=${SEED}`, seed)).json()) as {
      reports: { statement: Statement }[];
    };
    const statement = { ...inspected.reports[0]?.statement, title: "Edited in the page" };
    const response = await post(`${base}/api/render`, JSON.stringify(statement), {
      "content-type": "application/json",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /filename="2021-11-23-edited-in-the-page-[0-9a-f]{8}\.pdf"/,
    );
    const pdf = await readPdf(await bytesOf(response));
    expect(pdf.text).toContain("Edited in the page");
    await pdf.pdf.destroy();
  });

  it("a render through the server's pool is byte for byte the in-process renderer's", async () => {
    const response = await post(`${base}/api/render?to=pdf&name=${SEED}`, seed);
    expect(response.status).toBe(200);
    const local = await renderInput({
      file: SEED,
      source: { name: SEED, bytes: seed },
      config: { formats: ["pdf"], template: "briefing", pdfa: false, embedFonts: false },
    });
    if (!local.ok) throw new Error(local.error.message);
    const served = await bytesOf(response);
    expect(served.byteLength).toBe(local.outputs[0]?.bytes.byteLength);
    expect(Buffer.from(served).equals(Buffer.from(local.outputs[0]?.bytes ?? []))).toBe(true);
  });

  it("POST /api/book binds both .txt seeds into one PDF longer than either", async () => {
    const pages = async (bytes: Uint8Array) => {
      const response = await post(`${base}/api/render?name=x.txt`, bytes);
      return Number(response.headers.get("x-briefing-pages"));
    };
    const [one, two] = [await pages(seed), await pages(other)];
    const response = await post(`${base}/api/book?order=date`, form([SEED, seed], [OTHER, other]));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/filename="briefing-book-[0-9a-f]{8}\.pdf"/);
    const pdf = await readPdf(await bytesOf(response));
    expect(pdf.pdf.numPages).toBeGreaterThan(one);
    expect(pdf.pdf.numPages).toBeGreaterThan(two);
    expect(Number(response.headers.get("x-briefing-pages"))).toBe(pdf.pdf.numPages);
    await pdf.pdf.destroy();
  });

  it("POST /api/book with one unreadable statement fails with that statement's error", async () => {
    const response = await post(
      `${base}/api/book`,
      form([SEED, seed], ["bad.yaml", new TextEncoder().encode("title: [x\n")]),
    );
    expect(response.status).toBe(422);
    const error = await errorOf(response);
    expect(error.file).toBe("bad.yaml");
    expect(error.line).toBeGreaterThanOrEqual(1);
  });

  it("POST /api/export: zip in → zip out with each output at the root and the manifest; same request, same bytes", async () => {
    const zip = zipSync({
      "in/": new Uint8Array(0),
      [`in/${SEED}`]: seed,
      [`in/sub/${OTHER}`]: other,
      "in/notes.bin": new Uint8Array([1, 2, 3]),
      "in/broken.txt": new Uint8Array([0, 0, 0, 1]),
    });
    const send = () => post(`${base}/api/export?to=pdf,docx`, zip, { "content-type": "application/zip" });
    const response = await send();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    const out = await bytesOf(response);
    const files = unzipSync(out);
    const manifest = JSON.parse(strFromU8(files["manifest.json"] as Uint8Array)) as {
      inputs: {
        input: string;
        status: string;
        outputs: { path: string; format: string; bytes: number }[];
        error?: { message: string };
      }[];
      totals: { inputs: number; rendered: number; failed: number };
    };
    expect(manifest.inputs.map((entry) => entry.input)).toEqual([
      `in/${SEED}`,
      `in/sub/${OTHER}`,
      "in/broken.txt",
    ]);
    expect(manifest.inputs.map((entry) => entry.status)).toEqual(["rendered", "rendered", "failed"]);
    expect(manifest.inputs[2]?.error?.message).toMatch(/binary/);
    expect(manifest.totals).toMatchObject({ inputs: 3, rendered: 2, failed: 1 });
    for (const entry of manifest.inputs.slice(0, 2)) {
      expect(entry.outputs.map((output) => output.format)).toEqual(["pdf", "docx"]);
      for (const output of entry.outputs) {
        expect(output.path).not.toContain("/");
        expect(files[output.path]?.byteLength).toBe(output.bytes);
      }
    }
    expect(manifest.inputs[0]?.outputs[0]?.path).toMatch(/^2021-11-23-.*-[0-9a-f]{8}\.pdf$/);
    expect(Object.keys(files).sort()).toEqual(
      [
        "manifest.json",
        ...manifest.inputs.flatMap((entry) => entry.outputs.map((output) => output.path)),
      ].sort(),
    );
    const again = await bytesOf(await send());
    expect(Buffer.from(again).equals(Buffer.from(out))).toBe(true);
  });

  it("POST /api/export with Accept: application/x-ndjson streams progress, then the zip", async () => {
    const response = await post(`${base}/api/export?to=pdf`, form([SEED, seed], [OTHER, other]), {
      accept: "application/x-ndjson",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const lines = (await response.text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const line of lines) ExportLineSchema.parse(line);
    expect(lines).toHaveLength(3);
    expect(lines.slice(0, 2).map((line) => [line.type, line.done, line.total, line.ok])).toEqual([
      ["progress", 1, 2, true],
      ["progress", 2, 2, true],
    ]);
    expect(
      lines
        .slice(0, 2)
        .map((line) => line.file)
        .sort(),
    ).toEqual([OTHER, SEED].sort());
    const result = lines[2] as { type: string; filename: string; zip: string; failed: number };
    expect(result).toMatchObject({ type: "result", filename: "briefing-export.zip", failed: 0 });
    const files = unzipSync(Buffer.from(result.zip, "base64"));
    expect(Object.keys(files).filter((name) => name.endsWith(".pdf"))).toHaveLength(2);
    expect(files).toHaveProperty("manifest.json");
  });
});

describe("briefing serve: errors", { timeout: 60_000 }, () => {
  it("a statement briefing cannot read → 422 with file, line and column", async () => {
    const response = await post(`${base}/api/render?name=bad.yaml`, "title: ok\ndate: [unclosed\n");
    expect(response.status).toBe(422);
    const error = await errorOf(response);
    expect(error).toMatchObject({ file: "bad.yaml", line: expect.any(Number), column: expect.any(Number) });
    expect(error.message).toMatch(/YAML/);
    expect(error.hint).toBeTruthy();
  });

  it("binary junk → 422 naming the file", async () => {
    const response = await post(
      `${base}/api/inspect?name=junk.txt`,
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]),
    );
    expect(response.status).toBe(422);
    expect(await errorOf(response)).toMatchObject({ file: "junk.txt", line: 1 });
  });

  it("a file type briefing does not read → 415 listing the accepted ones", async () => {
    const response = await post(`${base}/api/render?name=statement.exe`, "MZ");
    expect(response.status).toBe(415);
    expect((await errorOf(response)).message).toContain(".txt .md .yaml .yml .json .docx");
  });

  it("a body over --max-body → 413, raw or multipart, with a hint naming the limit", async () => {
    const small = await start({ pool, jobs: 2, maxBodyMb: 1 });
    const big = new Uint8Array(1.5 * 2 ** 20).fill(0x61);
    const raw = await post(`${small}/api/render?name=a.txt`, big);
    expect(raw.status).toBe(413);
    expect((await errorOf(raw)).hint).toContain("1 MB");
    const parts = await post(`${small}/api/inspect`, form(["a.txt", big]));
    expect(parts.status).toBe(413);
    expect((await errorOf(parts)).hint).toContain("--max-body");
  });

  it("a zip that unpacks far beyond the limit (a zip bomb) → 413 without unpacking it", async () => {
    const small = await start({ pool, jobs: 2, maxBodyMb: 1 });
    const bomb = zipSync({ "a.txt": new Uint8Array(12 * 2 ** 20).fill(0x61) }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(2 ** 20);
    const response = await post(`${small}/api/export`, bomb, { "content-type": "application/zip" });
    expect(response.status).toBe(413);
    await errorOf(response);
  });

  it("bad query values and unknown templates → 400 with the contract's wording", async () => {
    const template = await post(`${base}/api/render?template=nope`, seed);
    expect(template.status).toBe(400);
    expect(await errorOf(template)).toEqual({
      message: 'no template named "nope"',
      hint: "GET /api/templates lists the templates this server has",
    });
    for (const query of ["to=gif", "pdfa=maybe", "to=pdf&to=docx"]) {
      const response = await post(`${base}/api/render?${query}`, seed);
      expect(response.status, query).toBe(400);
      await errorOf(response);
    }
    const order = await post(`${base}/api/book?order=random`, form([SEED, seed]));
    expect(order.status).toBe(400);
    const to = await post(`${base}/api/export?to=pdf,gif`, form([SEED, seed]));
    expect(to.status).toBe(400);
  });

  it("no file, broken multipart, a zip that is not one → 400", async () => {
    const empty = await post(`${base}/api/render`, "");
    expect(empty.status).toBe(400);
    await errorOf(empty);
    const broken = await post(
      `${base}/api/inspect`,
      '--x\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nhalf',
      {
        "content-type": "multipart/form-data; boundary=x",
      },
    );
    expect(broken.status).toBe(400);
    await errorOf(broken);
    const notZip = await post(`${base}/api/export`, "PK but not a zip", {
      "content-type": "application/zip",
    });
    expect(notZip.status).toBe(400);
    expect((await errorOf(notZip)).message).toMatch(/not a zip/);
  });

  it("unknown route → 404, wrong method → 405 with Allow", async () => {
    const missing = await fetch(`${base}/api/nothing`, { method: "POST" });
    expect(missing.status).toBe(404);
    await errorOf(missing);
    const method = await fetch(`${base}/api/render`);
    expect(method.status).toBe(405);
    expect(method.headers.get("allow")).toBe("POST");
    await errorOf(method);
  });
});

/** A pool whose renders wait until the test releases them (or their signal aborts). */
function heldPool() {
  const held: { release: () => void; signal: TaskAbort | undefined }[] = [];
  const fake: RenderPool = {
    run(_task, signal) {
      return new Promise((resolve, reject) => {
        const result = {
          ok: true,
          statement: { title: "Held" },
          outputs: [{ format: "pdf", extension: ".pdf", bytes: new TextEncoder().encode("%PDF-held") }],
          warnings: [],
          fonts: [],
          ms: 1,
        };
        held.push({ release: () => resolve(result as never), signal });
        signal?.once("abort", () => reject(new Error("aborted")));
      });
    },
    async destroy() {},
  };
  return { fake, held };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

describe("briefing serve: queue and time limit", () => {
  it("1 running + 1 waiting, then 503 with Retry-After; the held ones still finish", async () => {
    const { fake, held } = heldPool();
    const url = await start({ pool: fake, jobs: 1, queue: 1 });
    const first = post(`${url}/api/render?name=a.txt`, seed);
    await until(() => held.length === 1);
    const second = post(`${url}/api/render?name=b.txt`, seed);
    // The second waits in the line, not in the pool.
    let health = { queue: { running: 0, waiting: 0 } };
    for (let i = 0; i < 100 && health.queue.waiting === 0; i++) {
      health = (await (await fetch(`${url}/healthz`)).json()) as typeof health;
    }
    expect(health.queue).toEqual({ running: 1, waiting: 1, limit: 1 });
    expect(held).toHaveLength(1);
    const third = await post(`${url}/api/render?name=c.txt`, seed);
    expect(third.status).toBe(503);
    expect(Number(third.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(third.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await errorOf(third)).message).toMatch(/busy/);
    held[0]?.release();
    expect((await first).status).toBe(200);
    await until(() => held.length === 2);
    held[1]?.release();
    const done = await second;
    expect(done.status).toBe(200);
    expect(new TextDecoder().decode(await bytesOf(done))).toBe("%PDF-held");
  });

  it("a render past --time-limit → 422, and its task is aborted", async () => {
    const { fake, held } = heldPool();
    const url = await start({ pool: fake, jobs: 1, timeLimitSeconds: 0.3 });
    const response = await post(`${url}/api/render?name=a.txt`, seed);
    expect(response.status).toBe(422);
    expect((await errorOf(response)).message).toBe("rendering took longer than 0.3 s");
    expect(held[0]?.signal?.aborted).toBe(true);
    const health = (await (await fetch(`${url}/healthz`)).json()) as { queue: { running: number } };
    expect(health.queue.running).toBe(0);
  });

  it("a real pool with a tiny limit stops the render and answers 422", async () => {
    const real = createRenderPool({ jobs: 1 });
    pools.push(real);
    const url = await start({ pool: real, jobs: 1, timeLimitSeconds: 0.001 });
    const response = await post(`${url}/api/render?name=a.txt`, seed);
    expect(response.status).toBe(422);
    expect((await errorOf(response)).message).toBe("rendering took longer than 0.001 s");
  });
});

describe("briefing serve: token, headers, CORS", () => {
  it("with a token: /api/* needs Bearer (401 + WWW-Authenticate otherwise); openapi, healthz and the page do not", async () => {
    const url = await start({ pool, jobs: 2, token: "s3cret-token-123" });
    const missing = await fetch(`${url}/api/templates`);
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toBe("Bearer");
    await errorOf(missing);
    const wrong = await fetch(`${url}/api/templates`, {
      headers: { authorization: "Bearer s3cret-token-124" },
    });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${url}/api/templates`, {
      headers: { authorization: "Bearer s3cret-token-123" },
    });
    expect(right.status).toBe(200);
    const render = await post(`${url}/api/render?name=a.txt`, seed);
    expect(render.status).toBe(401);
    // The router decodes %61 to "a": the token check must not be fooled by the spelling.
    const encoded = await rawGet(url, "/%61pi/templates");
    expect(encoded.status).not.toBe(200);
    for (const path of ["/api/openapi.json", "/healthz", "/", "/app/main.js"]) {
      expect((await fetch(`${url}${path}`)).status, path).toBe(200);
    }
  });

  it("security headers: CSP without unsafe-inline, nosniff, frame-ancestors, no-referrer; API not cached", async () => {
    for (const path of ["/", "/api/templates", "/api/nothing"]) {
      const response = await fetch(`${base}${path}`);
      const csp = response.headers.get("content-security-policy") ?? "";
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? "";
      expect(scriptSrc.trim(), path).toBe("'self'");
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).toContain("frame-ancestors 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    }
    expect((await fetch(`${base}/api/templates`)).headers.get("cache-control")).toBe("no-store");
    expect((await fetch(`${base}/healthz`)).headers.get("cache-control")).toBe("no-store");
  });

  it("CORS is off by default, and with cors set allows only that origin and the Authorization header", async () => {
    const plain = await fetch(`${base}/api/templates`, { headers: { origin: "https://elsewhere.example" } });
    expect(plain.headers.get("access-control-allow-origin")).toBeNull();
    const url = await start({ pool, jobs: 2, cors: "https://page.example", token: "s3cret-token-123" });
    const allowed = await fetch(`${url}/api/templates`, {
      headers: { origin: "https://page.example", authorization: "Bearer s3cret-token-123" },
    });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://page.example");
    const preflight = await fetch(`${url}/api/render`, {
      method: "OPTIONS",
      headers: {
        origin: "https://page.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization",
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("authorization");
    expect(preflight.headers.get("access-control-allow-origin")).toBe("https://page.example");
  });

  it("serves @briefing/web's own assets when no override is given", async () => {
    const url = `http://127.0.0.1:${await (
      async () => {
        const app = createServer({ pool, jobs: 2 });
        apps.push(app);
        await app.listen({ port: 0, host: "127.0.0.1" });
        return (app.server.address() as { port: number }).port;
      }
    )()}`;
    const pdfjs = await fetch(`${url}/vendor/pdfjs/pdf.min.mjs`);
    expect(pdfjs.status).toBe(200);
    expect(pdfjs.headers.get("content-type")).toMatch(/javascript/);
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
  });
});

describe("briefing serve: path safety", { timeout: 60_000 }, () => {
  it("a name or template is never a path; zip entries outside the zip are refused; no file appears", async () => {
    const before = {
      cwd: await readdir(process.cwd()),
      tmp: await readdir(tmpdir()),
      dir: await readdir(dir),
    };
    const template = await post(`${base}/api/render?template=../../etc`, seed);
    expect(template.status).toBe(400);
    const absolute = await post(
      `${base}/api/render?template=${encodeURIComponent(join(examples, ".."))}`,
      seed,
    );
    expect(absolute.status).toBe(400);
    const named = await post(`${base}/api/inspect?name=../../x.txt`, seed);
    expect(named.status).toBe(200);
    expect(((await named.json()) as { reports: { file: string }[] }).reports[0]?.file).toBe("x.txt");
    const part = await post(`${base}/api/inspect`, form(["../../evil/y.txt", seed]));
    expect(((await part.json()) as { reports: { file: string }[] }).reports[0]?.file).toBe("y.txt");
    for (const entry of ["../evil.txt", "/abs.txt", "in/../../evil.txt"]) {
      const zip = zipSync({ "ok.txt": seed, [entry]: seed });
      const response = await post(`${base}/api/export`, zip, { "content-type": "application/zip" });
      expect(response.status, entry).toBe(400);
      expect((await errorOf(response)).message).toMatch(/outside/);
    }
    expect(await readdir(process.cwd())).toEqual(before.cwd);
    // Other test files create temp folders meanwhile: only names these requests carried count.
    const added = (await readdir(tmpdir())).filter((name) => !before.tmp.includes(name));
    expect(added.filter((name) => /evil|abs\.txt|^x\.txt$|^y\.txt$/.test(name))).toEqual([]);
    expect(await readdir(dir)).toEqual(before.dir);
    expect(existsSync(join(dir, "evil.txt"))).toBe(false);
  });

  it("static paths cannot climb out of the page's folders", async () => {
    expect((await rawGet(base, "/")).body).toContain("briefing test page");
    for (const path of [
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/%2e%2e%2fsecret.txt",
      "/..%2fsecret.txt",
      "/app/../../secret.txt",
      "/app/%2e%2e/%2e%2e/secret.txt",
      "/app/..%2f..%2fsecret.txt",
      "/../package.json",
      "/%2e%2e/%2e%2e/package.json",
      "/vendor/../../secret.txt",
    ]) {
      const response = await rawGet(base, path);
      expect(response.status, path).not.toBe(200);
      expect(response.body, path).not.toContain(SENTINEL);
      expect(response.body, path).not.toContain('"name"');
    }
  });
});

describe("briefing serve: the CLI", { timeout: 60_000 }, () => {
  function run(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
    const { BRIEFING_TOKEN: _, ...rest } = process.env;
    return spawn(process.execPath, [bin, "serve", ...args], {
      env: { ...rest, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
  }

  function exit(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr })));
  }

  function startLine(child: ChildProcess): Promise<string> {
    return new Promise((resolve, reject) => {
      let text = "";
      child.stdout?.on("data", (chunk: Buffer) => {
        text += chunk.toString();
        const match = /briefing: serving on (\S+)/.exec(text);
        if (match) resolve(match[1] as string);
      });
      child.on("exit", (code) => reject(new Error(`exited with ${code} before serving`)));
    });
  }

  it("refuses a non-loopback host without a token: exit 2, one line naming --token", async () => {
    const result = await exit(run(["--host", "0.0.0.0", "--port", "0"]));
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/--token or BRIEFING_TOKEN/);
    expect(result.stdout).toBe("");
  });

  it("rejects bad flag values as usage errors", async () => {
    for (const args of [
      ["--port", "70000"],
      ["--queue", "-1"],
      ["--time-limit", "0"],
      ["--max-body", "lots"],
    ]) {
      expect((await exit(run(args))).code, args.join(" ")).toBe(2);
    }
  });

  it("serves on a free port, answers /healthz, and exits 0 on SIGTERM", async () => {
    const child = run(["--port", "0", "--jobs", "1"]);
    const exited = exit(child);
    const url = await startLine(child);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const health = (await (await fetch(`${url}healthz`)).json()) as { status: string; workers: number };
    expect(health).toMatchObject({ status: "ok", workers: 1 });
    child.kill("SIGTERM");
    expect((await exited).code).toBe(0);
  });

  it("with --token, prints the token in the URL's fragment and requires it", async () => {
    const child = run(["--port", "0", "--jobs", "1", "--token", "flag-token-12345"]);
    const exited = exit(child);
    const url = await startLine(child);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=flag-token-12345$/);
    const origin = url.replace(/#.*$/, "");
    expect((await fetch(`${origin}api/templates`)).status).toBe(401);
    child.kill("SIGTERM");
    expect((await exited).code).toBe(0);
  });

  it("with BRIEFING_TOKEN, requires it but never prints it (a container's log is not a secret store)", async () => {
    const child = run(["--port", "0", "--jobs", "1"], { BRIEFING_TOKEN: "env-token-12345" });
    const exited = exit(child);
    const url = await startLine(child);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const origin = url;
    expect((await fetch(`${origin}api/templates`)).status).toBe(401);
    const ok = await fetch(`${origin}api/templates`, {
      headers: { authorization: "Bearer env-token-12345" },
    });
    expect(ok.status).toBe(200);
    child.kill("SIGINT");
    const { code, stdout, stderr } = await exited;
    expect(code).toBe(0);
    expect(stdout).toContain("#token=<token>");
    expect(stdout + stderr).not.toContain("env-token-12345");
  });
});
