// `pnpm bench`: how fast briefing is, measured against the libraries it stands on.
//
//   node bench/run.mjs [--n 1000] [--pipeline-n 1000] [--jobs 1,<cores>] [--skip-export] [--skip-pipeline]
//                      [--skip-serve] [--serve-requests 10000]
//
// 1. Generates N statements from examples/ into bench/.corpus/n<N>/ (titles, dates and
//    paragraph order varied deterministically).
// 2. In this process, per document: briefing's pipeline (import → template → PDF, and → DOCX)
//    against the floor: bare pdfkit and bare docx writing the same text with the same fonts,
//    fonts parsed once, no templates. Prints ours / floor.
// 3. Spawns the built CLI: `briefing export <corpus> --to pdf,docx --jobs J` for each J;
//    wall time, documents/s, per-document p50/p90 and peak RSS.
// 4. Starts `briefing serve --jobs 2` and loads POST /api/render with autocannon on loopback
//    (half PDF, half DOCX): requests/s, p50/p99 latency, errors, server RSS before and after.
// 5. Writes bench/results.md (latest figures per N, the data kept in a comment at its end).
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { serveLoad } from "./serve-load.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const benchDir = join(root, "bench");
const cores = os.availableParallelism();
const { values: args } = parseArgs({
  options: {
    n: { type: "string", default: "1000" },
    "pipeline-n": { type: "string", default: "1000" },
    jobs: { type: "string", default: `1,${cores}` },
    "skip-export": { type: "boolean", default: false },
    "skip-pipeline": { type: "boolean", default: false },
    "skip-serve": { type: "boolean", default: false },
    "serve-requests": { type: "string", default: "10000" },
  },
});
const N = Number(args.n);
const pipelineN = Math.min(N, Number(args["pipeline-n"]));
const jobsList = [...new Set(args.jobs.split(",").map(Number))];
const WARMUP = 20;

// The built packages and the libraries they use, resolved the way the packages resolve them.
const load = (pkg, name) => createRequire(join(root, "packages", pkg, "package.json")).resolve(name);
const importFrom = async (pkg, name) => import(pathToFileURL(load(pkg, name)).href);
const core = await import(pathToFileURL(join(root, "packages/core/dist/index.js")).href);
const { renderPdf } = await import(pathToFileURL(join(root, "packages/pdf/dist/index.js")).href);
const { renderDocx } = await import(pathToFileURL(join(root, "packages/docx/dist/index.js")).href);
const PDFDocument = (await importFrom("pdf", "pdfkit")).default;
// fontkit and docx resolve to CommonJS builds here: their API may sit on `default`.
const namespace = (mod, key) => (key in mod ? mod : mod.default);
const fontkit = namespace(await importFrom("pdf", "fontkit"), "create");
const docx = namespace(await importFrom("docx", "docx"), "Packer");

// ---------------------------------------------------------------- corpus

/** A small deterministic PRNG (mulberry32), so every run builds the same corpus. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items, rand) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const MONTHS = "January February March April May June July August September October November December".split(
  " ",
);
const TOPICS = [
  "Enhancement of Cooperation and Assistance",
  "Victim Assistance",
  "Mine Clearance and Risk Reduction",
  "Universalization of the Convention",
  "Stockpile Destruction",
  "Transparency Measures",
  "National Implementation Measures",
  "Gender and Diversity in Mine Action",
];

/** Paragraphs of a statement body, the long ones shuffled; salutations and the closing stay put. */
function varyBody(paragraphs, rand) {
  const long = paragraphs.filter((p) => p.length > 60);
  const order = shuffle(long, rand);
  return paragraphs.map((p) => (p.length > 60 ? order.shift() : p));
}

function makeCorpus(n) {
  const dir = join(benchDir, ".corpus", `n${n}`);
  const marker = join(dir, ".complete");
  if (existsSync(marker)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const examples = join(root, "examples");
  const md = readFileSync(join(examples, "2017-06-08-apmbc-cooperation-and-assistance.txt"), "utf8").split(
    /\n\s*\n/,
  );
  const txt = readFileSync(join(examples, "2021-11-23-unga-trafficking-in-persons.txt"), "utf8").split("\n");
  for (let i = 0; i < n; i++) {
    const rand = random(i + 1);
    const sub = join(dir, String(Math.floor(i / 500)).padStart(3, "0"));
    mkdirSync(sub, { recursive: true });
    const name = String(i).padStart(5, "0");
    if (i % 2 === 0) {
      const year = 2000 + Math.floor(rand() * 25);
      const day = 1 + Math.floor(rand() * 27);
      const month = MONTHS[Math.floor(rand() * 12)];
      const topic = TOPICS[Math.floor(rand() * TOPICS.length)];
      const [meeting1, meeting2, , , ...body] = md;
      const text = [
        meeting1,
        meeting2,
        `(${day} - ${day + 1} ${month} ${year}, Geneva)`,
        `Statement on ${topic} (No. ${i}) by JAPAN`,
        ...varyBody(body, rand),
      ].join("\n\n");
      writeFileSync(join(sub, `${name}.md`), text);
    } else {
      const year = 2 + Math.floor(rand() * 5);
      const month = 1 + Math.floor(rand() * 12);
      const day = 1 + Math.floor(rand() * 28);
      // title line, blank line, era date line, then the body
      const [title, , , ...rest] = txt;
      const body = rest.join("\n").split(/\n\s*\n/);
      const text = [
        `${title}（第${i}回）`,
        "",
        `令和${year}年${month}月${day}日`,
        varyBody(body, rand).join("\n\n"),
      ].join("\n");
      writeFileSync(join(sub, `${name}.txt`), text);
    }
  }
  writeFileSync(marker, "");
  return dir;
}

function corpusFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

// ---------------------------------------------------------------- statistics

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const mean = sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length);
  return { mean, p50: at(0.5), p90: at(0.9), n: sorted.length };
}

async function timeEach(items, fn) {
  const samples = [];
  for (let i = 0; i < items.length; i++) {
    const started = performance.now();
    await fn(items[i]);
    if (i >= WARMUP) samples.push(performance.now() - started);
  }
  return stats(samples);
}

/**
 * Times `fn` over `items` and `floorFn` over `floorItems` (the same documents) in alternating
 * blocks, so that both see the same load from whatever else runs on the machine, where timing
 * all of one and then all of the other compares two stretches of time seconds apart; a block
 * keeps most of each one's garbage collection within its own timing.
 */
async function timeAlternating(items, fn, floorItems, floorFn, block = 50) {
  const ours = [];
  const floor = [];
  const run = async (list, f, samples, start) => {
    for (let i = start; i < Math.min(start + block, list.length); i++) {
      const started = performance.now();
      await f(list[i]);
      if (i >= WARMUP) samples.push(performance.now() - started);
    }
  };
  for (let start = 0; start < items.length; start += block) {
    await run(items, fn, ours, start);
    await run(floorItems, floorFn, floor, start);
  }
  return [stats(ours), stats(floor)];
}

// ---------------------------------------------------------------- the floor

/** Plain paragraphs of a statement: what the floor writes. */
function plainText(statement) {
  const runs = (rs) => rs.map((r) => r.text).join("");
  const head = [statement.titleJa, statement.title, statement.meeting, statement.date?.text].filter(Boolean);
  const body = statement.body.flatMap((block) =>
    block.type === "list" ? block.items.map(runs) : [runs(block.runs)],
  );
  return [
    ...head.map((text) => ({ text, heading: true })),
    ...body.map((text) => ({ text, heading: false })),
  ];
}

const CJK = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;

/** pdfkit's EmbeddedFont class, taken from a throwaway document so parsed fonts can be shared. */
function embeddedFontClass(sampleBytes) {
  const probe = new PDFDocument({ autoFirstPage: false });
  probe.font(sampleBytes);
  return probe._font.constructor;
}

function makePdfFloor(fontPaths) {
  const parsed = Object.fromEntries(
    Object.entries(fontPaths).map(([k, p]) => [k, fontkit.create(readFileSync(p))]),
  );
  const Embedded = embeddedFontClass(readFileSync(fontPaths.regular));
  return (paragraphs) =>
    new Promise((resolve, reject) => {
      const doc = new PDFDocument({ size: "A4", margins: { top: 72, bottom: 72, left: 72, right: 72 } });
      for (const [key, font] of Object.entries(parsed)) {
        doc._fontFamilies[key] = new Embedded(doc, font, `F${++doc._fontCount}`);
      }
      const chunks = [];
      doc.on("data", (c) => chunks.push(c));
      doc.on("end", () => resolve(Buffer.concat(chunks)));
      doc.on("error", reject);
      for (const p of paragraphs) {
        const font = CJK.test(p.text) ? (p.heading ? "jpBold" : "jp") : p.heading ? "bold" : "regular";
        doc
          .font(font)
          .fontSize(p.heading ? 14 : 11)
          .text(p.text, { align: "justify", paragraphGap: 6 });
      }
      doc.end();
    });
}

function makeDocxFloor(names) {
  return (paragraphs) => {
    const document = new docx.Document({
      sections: [
        {
          children: paragraphs.map(
            (p) =>
              new docx.Paragraph({
                children: [
                  new docx.TextRun({
                    text: p.text,
                    bold: p.heading,
                    size: p.heading ? 28 : 22,
                    font: { ascii: names.latin, hAnsi: names.latin, eastAsia: names.eastAsia },
                  }),
                ],
              }),
          ),
        },
      ],
    });
    return docx.Packer.toBuffer(document);
  };
}

// ---------------------------------------------------------------- in-process pipeline vs floor

async function pipelineBench(files) {
  const inputs = files.map((file) => ({ file, bytes: readFileSync(file) }));
  const parse = ({ file, bytes }) => core.parseStatement(bytes, { filename: file }).statement;
  const sample = core.statementToDocument(parse(inputs[0]), { file: inputs[0].file }).document;
  const serif = sample.fonts.serif ?? Object.values(sample.fonts)[0];
  const jp = sample.fonts["serif-jp"] ?? serif;
  const pdfFloor = makePdfFloor({
    regular: serif.files.regular,
    bold: serif.files.bold,
    jp: jp.files.regular,
    jpBold: jp.files.bold,
  });
  const docxFloor = makeDocxFloor(serif.names);
  const texts = inputs.map((input) => plainText(parse(input)));

  const ours = (render) => async (input) => {
    const { statement } = core.parseStatement(input.bytes, { filename: input.file });
    const { document } = core.statementToDocument(statement, { file: input.file });
    return render(document, { file: input.file });
  };
  log(`pipeline: ${inputs.length} documents in process (first ${WARMUP} are warm-up)`);
  const result = {
    // Reading the statement alone (importer: page furniture, header, notes, delegation, roles).
    import: await timeEach(inputs, async (input) => parse(input)),
    pdf: await timeEach(inputs, ours(renderPdf)),
    pdfFloor: await timeEach(texts, pdfFloor),
  };
  [result.docx, result.docxFloor] = await timeAlternating(inputs, ours(renderDocx), texts, docxFloor);
  result.pdfRatio = result.pdf.mean / result.pdfFloor.mean;
  result.docxRatio = result.docx.mean / result.docxFloor.mean;
  log(
    `  PDF  ours ${fmt(result.pdf)} | floor ${fmt(result.pdfFloor)} | ratio ${result.pdfRatio.toFixed(2)}×`,
  );
  log(
    `  DOCX ours ${fmt(result.docx)} | floor ${fmt(result.docxFloor)} | ratio ${result.docxRatio.toFixed(2)}×`,
  );
  return result;
}

// ---------------------------------------------------------------- export end to end

function runExport(corpus, jobs) {
  const out = join(benchDir, ".out", `j${jobs}`);
  rmSync(out, { recursive: true, force: true });
  const cli = join(root, "packages/cli/dist/bin.js");
  const cliArgs = [
    cli,
    "export",
    corpus,
    "--out",
    out,
    "--to",
    "pdf,docx",
    "--jobs",
    String(jobs),
    "--json",
    // A line per input on stderr: the RSS checkpoints count them (EntryCounter).
    "--verbose",
  ];
  const timeBin = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
  const [command, commandArgs] = timeBin
    ? [timeBin, ["-v", process.execPath, ...cliArgs]]
    : [process.execPath, cliArgs];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, commandArgs, { stdio: ["ignore", "pipe", "pipe"] });
    const progress = new EntryCounter();
    const checkpoints = watchRss(child.pid, progress, corpusSize(corpus));
    const stdout = [];
    const stderr = [];
    child.stdout.on("data", (c) => stdout.push(c));
    child.stderr.on("data", (c) => {
      stderr.push(c);
      progress.add(c);
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const wall = (performance.now() - started) / 1000;
      checkpoints.stop();
      const err = Buffer.concat(stderr).toString();
      let manifest;
      try {
        manifest = JSON.parse(Buffer.concat(stdout).toString());
      } catch {
        reject(new Error(`export --jobs ${jobs} exited ${code} without JSON:\n${err.slice(-2000)}`));
        return;
      }
      const timeRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
      const rssBytes = timeRss ? Number(timeRss[1]) * 1024 : manifest.peakRssBytes;
      const rendered = manifest.inputs.filter((e) => e.status === "rendered");
      const perDoc = stats(rendered.map((e) => e.ms));
      const meanSize = (format) => {
        const sizes = rendered.flatMap((e) =>
          e.outputs.filter((o) => o.format === format).map((o) => o.bytes),
        );
        return sizes.reduce((sum, size) => sum + size, 0) / Math.max(1, sizes.length);
      };
      const result = {
        jobs,
        exitCode: code,
        wall,
        docsPerSecond: manifest.totals.rendered / wall,
        rendered: manifest.totals.rendered,
        failed: manifest.totals.failed,
        outputs: manifest.totals.outputs,
        perDoc,
        peakRssMB: rssBytes / 2 ** 20,
        rssSource: timeRss ? "/usr/bin/time -v" : "process.resourceUsage().maxRSS",
        pdfKB: meanSize("pdf") / 1024,
        docxKB: meanSize("docx") / 1024,
        rssCheckpoints: checkpoints.points,
      };
      log(
        `  --jobs ${jobs}: ${wall.toFixed(1)} s, ${result.docsPerSecond.toFixed(1)} docs/s, per doc ${fmt(perDoc)}, ` +
          `peak RSS ${result.peakRssMB.toFixed(0)} MB, ${result.failed} failed; ` +
          `mean PDF ${result.pdfKB.toFixed(1)} KB, DOCX ${result.docxKB.toFixed(1)} KB`,
      );
      if (result.rssCheckpoints.length)
        log(
          `  RSS per 1,000 statements: ${result.rssCheckpoints.map((p) => p.rssMB.toFixed(0)).join(", ")} MB`,
        );
      rmSync(out, { recursive: true, force: true });
      resolve(result);
    });
  });
}

function corpusSize(dir) {
  return corpusFiles(dir).length;
}

/** The RSS (MB) of a process and its descendants, from /proc; undefined off Linux. */
function treeRssMB(pid) {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    return kb / 1024 + children.reduce((sum, child) => sum + (treeRssMB(Number(child)) ?? 0), 0);
  } catch {
    return undefined;
  }
}

/**
 * Counts the inputs `export --verbose` has reported on stderr so far: a line per rendered input
 * ("input → outputs (ms)") and a "briefing: …" line per failed one. Counting the output folder
 * instead (a `readdirSync` of up to 20,000 names twice a second, 8–16 ms each) took the bench's
 * own share of the two cores the export is timed on; `--json` only prints once the export ends.
 */
class EntryCounter {
  count = 0;
  #partial = "";

  add(chunk) {
    const lines = (this.#partial + chunk.toString("utf8")).split("\n");
    this.#partial = lines.pop() ?? "";
    for (const line of lines) if (line.includes(" → ") || line.startsWith("briefing: ")) this.count++;
  }
}

/**
 * Samples the export's RSS twice a second and keeps the highest seen in each stretch of 1,000
 * statements (counted by the entries the export has reported, `progress`): memory against
 * progress, to show it stays flat as N grows.
 */
function watchRss(pid, progress, total) {
  const points = [];
  let peak = 0;
  const timer = setInterval(() => {
    const rss = treeRssMB(pid);
    if (rss === undefined) return;
    peak = Math.max(peak, rss);
    const done = progress.count;
    while (done >= (points.length + 1) * 1000 && (points.length + 1) * 1000 <= total) {
      points.push({ statements: (points.length + 1) * 1000, rssMB: peak });
      peak = 0;
    }
  }, 500);
  return { points, stop: () => clearInterval(timer) };
}

// ---------------------------------------------------------------- report

function fmt(s) {
  return `mean ${s.mean.toFixed(2)} ms, p50 ${s.p50.toFixed(2)}, p90 ${s.p90.toFixed(2)}`;
}

function log(line) {
  process.stdout.write(`${line}\n`);
}

function machine() {
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
  } catch {}
  return {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    // Other processes on the machine skew every figure: say how busy it was.
    loadAverage: os.loadavg()[0],
    commit,
    date: new Date().toISOString(),
  };
}

function verdict(ok) {
  return ok ? "met" : "**missed**";
}

function renderMarkdown(all) {
  const lines = [
    "# Benchmark results",
    "",
    "Written by `pnpm bench` (`node bench/run.mjs --n N`); the latest run per N.",
    "",
  ];
  // A serve-only run has no pipeline or export figures: its own section below says it all.
  for (const run of Object.values(all)
    .filter((r) => r.machine)
    .sort((a, b) => a.n - b.n)) {
    const m = run.machine;
    lines.push(`## N = ${run.n}`, "");
    lines.push(`- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB; ${m.os}`);
    lines.push(`- Node ${m.node}; commit \`${m.commit}\`; ${m.date}`);
    if (m.loadAverage !== undefined)
      lines.push(`- 1-minute load average at start: ${m.loadAverage.toFixed(1)}`);
    lines.push("");
    if (run.pipeline) {
      const p = run.pipeline;
      lines.push(
        `### Pipeline per document, in one process (${p.pdf.n} documents after ${WARMUP} warm-up)`,
        "",
      );
      lines.push("| | briefing mean | p50 | p90 | floor mean | p50 | p90 | ours / floor | target |");
      lines.push("|---|---|---|---|---|---|---|---|---|");
      const row = (name, ours, floor, ratio) =>
        `| ${name} | ${ours.mean.toFixed(2)} ms | ${ours.p50.toFixed(2)} | ${ours.p90.toFixed(2)} | ${floor.mean.toFixed(2)} ms | ${floor.p50.toFixed(2)} | ${floor.p90.toFixed(2)} | ${ratio.toFixed(2)}× | ≤ 1.3× ${verdict(ratio <= 1.3)} |`;
      lines.push(row("PDF (vs bare pdfkit)", p.pdf, p.pdfFloor, p.pdfRatio));
      lines.push(row("DOCX (vs bare docx)", p.docx, p.docxFloor, p.docxRatio), "");
      if (p.import) {
        lines.push(
          `Import alone (bytes → Statement, included in both rows above): mean ${p.import.mean.toFixed(2)} ms, p50 ${p.import.p50.toFixed(2)}, p90 ${p.import.p90.toFixed(2)}.`,
          "",
        );
      }
      lines.push(
        "briefing = import + template + layout from the statement file's bytes; floor = the same text set",
        "with the same fonts (parsed once) by bare pdfkit (`doc.text()`, i.e. pdfkit's own line wrapping",
        "and justification) / bare docx (`Packer.toBuffer`), no templates. The DOCX pipeline and its floor",
        "are timed in alternating blocks of 50 documents, so both run under the same machine load.",
        "",
      );
    }
    if (run.exports?.length) {
      lines.push(`### \`briefing export --to pdf,docx\` of ${run.n} statements`, "");
      lines.push(
        "| --jobs | wall | docs/s | per doc p50 | p90 | peak RSS | failed | PDF mean size | DOCX mean size |",
      );
      lines.push("|---|---|---|---|---|---|---|---|---|");
      for (const e of run.exports) {
        const size = (kb) => (kb === undefined ? "–" : `${kb.toFixed(1)} KB`);
        lines.push(
          `| ${e.jobs} | ${e.wall.toFixed(1)} s | ${e.docsPerSecond.toFixed(1)} | ${e.perDoc.p50.toFixed(1)} ms | ${e.perDoc.p90.toFixed(1)} ms | ${e.peakRssMB.toFixed(0)} MB | ${e.failed} | ${size(e.pdfKB)} | ${size(e.docxKB)} |`,
        );
      }
      lines.push(
        "",
        `Per document = worker time for one input (both formats). Peak RSS from ${run.exports[0].rssSource}.`,
        "",
      );
      for (const e of run.exports.filter((x) => x.rssCheckpoints?.length)) {
        lines.push(
          `RSS with \`--jobs ${e.jobs}\` (main thread and workers, from /proc; the highest in each 1,000 statements): ${e.rssCheckpoints.map((p) => p.rssMB.toFixed(0)).join(", ")} MB.`,
          "",
        );
      }
      const best = Math.min(...run.exports.map((e) => e.wall));
      const projected = (best / run.n) * 10_000;
      const rss = Math.max(...run.exports.map((e) => e.peakRssMB));
      lines.push(
        `Target: 10,000 statements < 60 s — ${run.n === 10_000 ? `${best.toFixed(1)} s ${verdict(best < 60)}` : `projected ${projected.toFixed(0)} s from this run`}; peak RSS < 400 MB — ${rss.toFixed(0)} MB ${verdict(rss < 400)}.`,
        "",
      );
    }
  }
  const served = Object.values(all)
    .filter((r) => r.serve)
    .sort((a, b) => ((a.serve.machine ?? a.machine).date < (b.serve.machine ?? b.machine).date ? 1 : -1))[0];
  if (served) {
    const s = served.serve;
    lines.push(
      "## `briefing serve` under load",
      "",
      `Latest run (commit \`${(s.machine ?? served.machine).commit}\`, ${(s.machine ?? served.machine).date}; corpus of N = ${served.n}): autocannon on loopback, ` +
        `${s.connections} connections, \`--jobs ${s.jobs}\`, raw statement bodies from the corpus (\`bench/serve-load.mjs\`).`,
      "",
      "| POST /api/render | requests | req/s | p50 | p99 | errors |",
      "|---|---|---|---|---|---|",
    );
    for (const [format, f] of Object.entries(s.formats)) {
      lines.push(
        `| to=${format} | ${f.requests} | ${f.requestsPerSecond.toFixed(1)} | ${f.p50} ms | ${f.p99} ms | ${f.errors} |`,
      );
    }
    if (s.before && s.after) {
      lines.push(
        "",
        `Server RSS (main thread and both workers, from /proc): ${s.before.rssMB.toFixed(0)} MB after warm-up, ` +
          `${s.after.rssMB.toFixed(0)} MB after all ${Object.values(s.formats).reduce((n, f) => n + f.requests, 0)} requests, peak ${s.after.peakMB.toFixed(0)} MB.`,
      );
      const points = (s.checkpoints ?? []).filter((point) => point.rssMB !== undefined);
      if (points.length) {
        lines.push(
          "",
          `RSS after every 1,000 requests: ${points.map((point) => `${point.rssMB.toFixed(0)}`).join(", ")} MB.`,
        );
      }
    }
    lines.push("");
  }
  const runs = Object.values(all).filter((r) => r.exports?.length);
  if (runs.length > 1) {
    lines.push("## Memory against N", "", "| N | jobs | peak RSS |", "|---|---|---|");
    for (const run of runs.sort((a, b) => a.n - b.n)) {
      for (const e of run.exports) lines.push(`| ${run.n} | ${e.jobs} | ${e.peakRssMB.toFixed(0)} MB |`);
    }
    lines.push("");
  }
  return `${lines.join("\n")}\n`;
}

/** The hand-written part of results.md (how the figures came about), kept across runs. */
const NOTES = /<!-- notes -->[\s\S]*<!-- \/notes -->\n/;

// ---------------------------------------------------------------- main

log(`briefing bench: N = ${N}, ${cores} cores, Node ${process.version}`);
const corpus = makeCorpus(N);
const files = corpusFiles(corpus);
log(`corpus: ${files.length} statements in ${corpus}`);
const run = { n: N };
if (!args["skip-pipeline"] || !args["skip-export"]) run.machine = machine();
if (!args["skip-pipeline"]) run.pipeline = await pipelineBench(files.slice(0, pipelineN));
if (!args["skip-export"]) {
  log(`export: ${N} statements --to pdf,docx`);
  run.exports = [];
  for (const jobs of jobsList) run.exports.push(await runExport(corpus, jobs));
}
if (!args["skip-serve"]) {
  const requests = Number(args["serve-requests"]);
  log(`serve: ${requests} POST /api/render requests (half PDF, half DOCX), 2 workers, loopback`);
  // Its own machine line: a serve-only run must not re-date the pipeline and export figures of this N.
  run.serve = {
    ...(await serveLoad({ root, files: files.slice(0, 200), requests, log })),
    machine: machine(),
  };
}
// The figures of every N live in results.md itself (an HTML comment), so runs of different N
// accumulate there and no second file needs formatting.
const resultsMd = join(benchDir, "results.md");
const DATA = /<!-- bench-data (.*) -->/;
const all = existsSync(resultsMd) ? JSON.parse(DATA.exec(readFileSync(resultsMd, "utf8"))?.[1] ?? "{}") : {};
all[N] = { ...all[N], ...run };
const notes = existsSync(resultsMd) ? (NOTES.exec(readFileSync(resultsMd, "utf8"))?.[0] ?? "") : "";
writeFileSync(resultsMd, `${renderMarkdown(all)}\n${notes}\n<!-- bench-data ${JSON.stringify(all)} -->\n`);
log(`wrote bench/results.md`);
