// How long an edit on `briefing serve`'s page takes to show in the PDF preview, in headless Chromium:
//
//   node bench/preview-latency.mjs        (after a build; needs /usr/bin/chromium)
//
// Loads the Japanese seed, then eight times sets the title (one input event) and times until the
// preview's pdf.js text layer holds it: the page's 250 ms debounce, the render on the server and
// pdf.js drawing both pages are all inside the figure.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const puppeteer = createRequire(join(root, "tests", "package.json"))("puppeteer-core");

const server = spawn(process.execPath, [join(root, "packages/cli/dist/bin.js"), "serve", "--port", "0"], {
  stdio: ["ignore", "pipe", "inherit"],
});
const url = await new Promise((resolve) =>
  server.stdout.on("data", (chunk) => {
    const match = /serving on (\S+)/.exec(String(chunk));
    if (match) resolve(match[1]);
  }),
);
const browser = await puppeteer.launch({
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox"],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(url);
  const input = await page.$("#file-input");
  await input.uploadFile(join(root, "examples/2021-11-23-unga-trafficking-in-persons.txt"));
  await page.waitForFunction(() => document.querySelectorAll("#preview-pages .textLayer span").length > 0, {
    timeout: 60_000,
  });
  const times = [];
  for (let i = 0; i < 8; i++) {
    const title = `Edited title number ${i}`;
    const started = Date.now();
    await page.$eval(
      "#field-title",
      (field, text) => {
        field.value = text;
        field.dispatchEvent(new Event("input", { bubbles: true }));
      },
      title,
    );
    await page.waitForFunction(
      (text) =>
        [...document.querySelectorAll("#preview-pages .textLayer")]
          .map((layer) => layer.textContent)
          .join("")
          .replace(/\s+/g, "")
          .includes(text.replace(/\s+/g, "")),
      { timeout: 60_000, polling: 10 },
      title,
    );
    times.push(Date.now() - started);
  }
  process.stdout.write(`edit → preview text, ms (8 edits, 250 ms debounce included): ${times.join(", ")}\n`);
} finally {
  await browser.close();
  server.kill();
}
