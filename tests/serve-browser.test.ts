// The briefing page in a real browser against the real `briefing serve`: a statement dropped in,
// a field edited, the preview's text layer following the edit, and the PDF, Word, book and zip
// downloads read back by readers the server did not write — under the server's own CSP.
// UPDATE_SCREENSHOTS=1 also rewrites docs/serve-page.png and docs/serve-book.png.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { normalizeText, readPdf } from "./support/pdf-text.js";

const root = join(import.meta.dirname, "..");
// The tests workspace does not depend on `yaml`; borrow core's copy to read the output back.
const { parse: parseYaml } = createRequire(join(root, "packages/core/package.json"))(
  "yaml",
) as typeof import("yaml");
const bin = join(root, "packages/cli/dist/bin.js");
const examples = join(root, "examples");
const chromium = "/usr/bin/chromium";
const hasChromium = existsSync(chromium);
const updateScreenshots = process.env.UPDATE_SCREENSHOTS === "1";
if (!hasChromium) {
  console.log(`serve-browser: skipped — no Chromium at ${chromium} (apt-get install -y chromium)`);
}

const trafficking = join(examples, "2021-11-23-unga-trafficking-in-persons.txt");
const apmbc = join(examples, "2017-06-08-apmbc-cooperation-and-assistance.txt");
const token = "serve-browser-test-token";
const newTitle = "Statement on Trafficking in Persons";
const apmbcTitle = "Statement on Enhancement of Cooperation and Assistance";

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let page: Page;
let origin = "";
let downloads = "";
/** Console errors, uncaught exceptions, failed requests and CSP violations, since the last check. */
const problems: string[] = [];

/** Starts `briefing serve` on a free port and resolves with the URL it prints. */
function startServer(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, "serve", "--port", "0", "--token", token], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    server = child;
    let output = "";
    const timer = setTimeout(() => reject(new Error(`briefing serve printed no URL:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serving on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`briefing serve exited with ${code}:\n${output}`));
    });
  });
}

/** Waits for a finished download whose name ends in `extension` that was not there before. */
async function downloaded(extension: string, before: readonly string[]): Promise<string> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const fresh = readdirSync(downloads).filter((name) => name.endsWith(extension) && !before.includes(name));
    if (fresh[0]) return fresh[0];
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no ${extension} download within 60 s (have: ${readdirSync(downloads).join(", ")})`);
}

/** Clicks a button and returns the file its download saved. */
async function download(button: string, extension: string): Promise<{ name: string; bytes: Uint8Array }> {
  const before = readdirSync(downloads);
  await page.click(button);
  const name = await downloaded(extension, before);
  return { name, bytes: new Uint8Array(readFileSync(join(downloads, name))) };
}

const previewText = () =>
  page.$$eval("#preview-pages .textLayer", (layers) =>
    layers.map((layer) => layer.textContent ?? "").join(" "),
  );

async function screenshot(name: string): Promise<void> {
  if (!updateScreenshots) return;
  mkdirSync(join(root, "docs"), { recursive: true });
  await page.screenshot({ path: join(root, "docs", name) as `${string}.png` });
}

describe.skipIf(!hasChromium)("the briefing page in Chromium, against briefing serve", () => {
  beforeAll(async () => {
    downloads = mkdtempSync(join(tmpdir(), "briefing-serve-browser-"));
    const url = await startServer();
    origin = new URL(url).origin;
    browser = await puppeteer.launch({
      executablePath: chromium,
      headless: true,
      // CI runs as root, where Chromium's sandbox cannot start.
      args: ["--no-sandbox", "--lang=en-GB"],
    });
    const session = await browser.target().createCDPSession();
    await session.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: downloads });
    page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${(error as Error).message}`));
    page.on("requestfailed", (request) => {
      // A preview overtaken by a newer edit is cancelled on purpose.
      if (request.failure()?.errorText !== "net::ERR_ABORTED") {
        problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
      }
    });
    // Added through the DevTools protocol, so the page's CSP does not apply to this listener.
    await page.evaluateOnNewDocument(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await page.goto(url, { waitUntil: "load" });
  });

  afterAll(async () => {
    await browser?.close();
    server?.kill();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  afterEach(() => {
    const seen = problems.splice(0);
    expect(seen, "console errors, page errors or CSP violations").toEqual([]);
  });

  it("takes the token out of the address bar and keeps it for the tab", async () => {
    expect(page.url()).toBe(`${origin}/`);
    expect(await page.evaluate(() => sessionStorage.getItem("briefing.token"))).toBe(token);
    // The template list is an API call: it only fills when the Bearer header went with it.
    await page.waitForFunction(() => document.querySelectorAll("#template option").length > 1);
    const templates = await page.$$eval("#template option", (options) =>
      options.map((option) => (option as HTMLOptionElement).value),
    );
    expect(templates).toContain("briefing");
  });

  it("reads a dropped statement and shows its fields with their evidence", async () => {
    const input = await page.$("#file-input");
    if (!input) throw new Error("no #file-input");
    await (input as import("puppeteer-core").ElementHandle<HTMLInputElement>).uploadFile(trafficking);
    await page.waitForSelector("#field-titleJa");
    const value = (selector: string) =>
      page.$eval(selector, (element) => (element as HTMLInputElement).value);
    expect(await value("#field-titleJa")).toContain("人身取引グローバル行動計画");
    expect(await page.$eval("#field-titleJa", (element) => (element as HTMLElement).lang)).toBe("ja");
    expect(await value("#field-dateStart")).toBe("2021-11-23");
    expect(await value("#field-dateText")).toBe("令和3年11月23日");
    // The evidence is tied to the input and shows on keyboard focus, not only on hover.
    await page.focus("#field-dateText");
    const evidence = await page.$eval("#field-dateText", (input) => {
      const ids = (input.getAttribute("aria-describedby") ?? "").split(/\s+/);
      const tip = ids
        .map((id) => document.getElementById(id))
        .find((el) => el?.classList.contains("evidence"));
      return tip ? { text: tip.textContent, display: getComputedStyle(tip).display } : undefined;
    });
    expect(evidence?.text).toMatch(/^line 3: 令和3年11月23日/);
    expect(evidence?.display).not.toBe("none");
    await page.waitForFunction(() => document.querySelectorAll("#preview-pages canvas").length > 0, {
      timeout: 60_000,
    });
  });

  it("follows an edited title into the preview's text layer", async () => {
    await page.click("#field-title");
    await page.type("#field-title", newTitle);
    await page.waitForFunction(
      (title) =>
        [...document.querySelectorAll("#preview-pages .textLayer")]
          .map((layer) => layer.textContent ?? "")
          .join(" ")
          .replace(/\s+/g, "")
          .includes(title.replace(/\s+/g, "")),
      { timeout: 60_000 },
      newTitle,
    );
    expect(normalizeText(await previewText())).toContain(newTitle);
    expect(await page.$eval("#statement-list li .list-name", (name) => name.textContent)).toBe(newTitle);
    await page.click("#field-title");
    await screenshot("serve-page.png");
  });

  it("downloads the edited statement as PDF and Word, named by the server", async () => {
    const pdf = await download("#download-pdf", ".pdf");
    // The name comes from Content-Disposition (the page's own fallback is statement.pdf).
    expect(pdf.name).toMatch(/^2021-11-23-.+\.pdf$/);
    expect(normalizeText((await readPdf(pdf.bytes)).text)).toContain(newTitle);

    const docx = await download("#download-docx", ".docx");
    expect(docx.name).toMatch(/^2021-11-23-.+\.docx$/);
    const xml = strFromU8(unzipSync(docx.bytes)["word/document.xml"] ?? new Uint8Array());
    expect(xml.replace(/<[^>]+>/g, "")).toContain(newTitle);
  });

  it("changes a paragraph's role in the statement it sends", async () => {
    await page.select("#role-0", "body");
    const yaml = await download("#download-yaml", ".yaml");
    const statement = parseYaml(new TextDecoder().decode(yaml.bytes)) as {
      title?: string;
      body: { role?: string; runs?: { text: string }[] }[];
    };
    // The first block was read as the salutation "Thank you, Mr. President,"; now it is body text.
    expect(statement.body[0]).toMatchObject({ role: "body", runs: [{ text: "Thank you, Mr. President," }] });
    expect(statement.title).toBe(newTitle);
    await page.select("#role-0", "salutation");
  });

  it("binds two statements into a book in the order of the list, reordered by drag and by keyboard", async () => {
    const input = await page.$("#file-input");
    await (input as import("puppeteer-core").ElementHandle<HTMLInputElement>).uploadFile(apmbc);
    await page.waitForFunction(() => document.querySelectorAll("#statement-list li").length === 2);
    const names = () =>
      page.$$eval("#statement-list .list-name", (list) => list.map((name) => name.textContent));
    expect(await names()).toEqual([newTitle, apmbcTitle]);

    // HTML drag and drop as the browser fires it: dragstart on the item, dragover and drop on another.
    await page.evaluate(() => {
      const [first, second] = document.querySelectorAll("#statement-list li");
      if (!first || !second) throw new Error("two statements expected");
      const dataTransfer = new DataTransfer();
      second.dispatchEvent(new DragEvent("dragstart", { bubbles: true, dataTransfer }));
      first.dispatchEvent(new DragEvent("dragover", { bubbles: true, cancelable: true, dataTransfer }));
      first.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer }));
      second.dispatchEvent(new DragEvent("dragend", { bubbles: true, dataTransfer }));
    });
    expect(await names()).toEqual([apmbcTitle, newTitle]);

    await page.focus("#statement-list li:first-child .list-down");
    await page.keyboard.press("Enter");
    expect(await names()).toEqual([newTitle, apmbcTitle]);
    // The focus follows the moved statement, so it can be moved on without hunting for it.
    expect(await page.evaluate(() => document.activeElement?.closest("li")?.textContent)).toContain(
      apmbcTitle,
    );

    // The statement just read is the one selected: the preview turns to it.
    await page.waitForFunction(
      (title) =>
        !document.getElementById("preview-pages")?.hasAttribute("aria-busy") &&
        (document.querySelector("#preview-pages .textLayer")?.textContent ?? "")
          .replace(/\s+/g, "")
          .includes(title.replace(/\s+/g, "")),
      { timeout: 60_000 },
      "Enhancement of Cooperation",
    );
    await screenshot("serve-book.png");

    // The list now runs against date order (2021 before 2017): only order=given binds it so.
    const trafficking = "Trafficking in persons is a grave violation";
    const mines = "anniversary since the Anti-Personnel Mine Ban Convention";
    const book = await download("#book-pdf", ".pdf");
    const text = normalizeText((await readPdf(book.bytes)).content);
    expect(text).toContain(apmbcTitle);
    expect(text).toContain(newTitle);
    expect(text.indexOf(trafficking)).toBeGreaterThan(-1);
    expect(text.indexOf(trafficking)).toBeLessThan(text.indexOf(mines));

    const word = await download("#book-docx", ".docx");
    const xml = strFromU8(unzipSync(word.bytes)["word/document.xml"] ?? new Uint8Array()).replace(
      /<[^>]+>/g,
      "",
    );
    expect(xml).toContain(apmbcTitle);
    expect(xml).toContain(newTitle);
    expect(xml.indexOf(trafficking)).toBeGreaterThan(-1);
    expect(xml.indexOf(trafficking)).toBeLessThan(xml.indexOf(mines));
  });

  it("exports every statement as a zip, with a progress bar fed by the stream", async () => {
    // `value` reflects to the attribute, so each progress line the page takes shows as a mutation.
    await page.evaluate(() => {
      const bar = document.getElementById("export-progress") as HTMLProgressElement;
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => seen.push(`${bar.value}/${bar.max}`)).observe(bar, {
        attributes: true,
        attributeFilter: ["value", "max"],
      });
    });
    const zip = await download("#export-zip", ".zip");
    const files = Object.keys(unzipSync(zip.bytes));
    expect(files).toContain("manifest.json");
    expect(files.filter((name) => name.endsWith(".pdf"))).toHaveLength(2);
    expect(files.filter((name) => name.endsWith(".docx"))).toHaveLength(2);
    expect(await page.$eval("#export-progress-label", (label) => label.textContent)).toMatch(/^Saved /);
    expect(
      await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen),
    ).toContain("2/2");
  });

  it("shows the server's error in an alert when a statement cannot be read", async () => {
    await page.click("details.paste summary");
    await page.type("#paste-text", "   \n\n   \n");
    await page.click("#paste-read");
    // Blank text is not sent at all: the box keeps the focus for the user to paste into.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("paste-text");
    await page.$eval("#paste-text", (box) => {
      (box as HTMLTextAreaElement).value = "---\ntitle: [unclosed\n---\n";
    });
    await page.click("#paste-read");
    await page.waitForFunction(() => {
      const alert = document.querySelector('[role="alert"]');
      return alert && !(alert as HTMLElement).hidden && (alert.textContent ?? "").length > 0;
    });
    expect(await page.$eval('[role="alert"]', (alert) => alert.textContent)).toContain("pasted.txt");
    // The 422 logged by the browser is the point of this test, not a page problem.
    problems.splice(0, problems.length, ...problems.filter((problem) => !/status of 422/.test(problem)));
  });

  it("says how to get in when opened without the token", async () => {
    // sessionStorage is per tab: a new tab on the bare address has no token to send.
    const bare = await (browser as Browser).newPage();
    try {
      await bare.goto(`${origin}/`, { waitUntil: "load" });
      await bare.waitForFunction(() =>
        (document.querySelector('[role="alert"]')?.textContent ?? "").includes("#token="),
      );
      expect(await bare.$eval('[role="alert"]', (alert) => (alert as HTMLElement).hidden)).toBe(false);
    } finally {
      await bare.close();
    }
  });

  it("gives every control an accessible name", async () => {
    const nameless = await page.$$eval("input, select, textarea, button", (controls) =>
      controls
        .filter((control) => {
          const labelled = control.getAttribute("aria-labelledby");
          const byLabel = [...((control as HTMLInputElement).labels ?? [])].some(
            (label) => (label.textContent ?? "").trim() !== "",
          );
          const named =
            (control.getAttribute("aria-label") ?? "").trim() !== "" ||
            labelled?.split(/\s+/).some((id) => document.getElementById(id)?.textContent) ||
            byLabel ||
            (control.tagName === "BUTTON" && (control.textContent ?? "").trim() !== "");
          return !named;
        })
        .map((control) => control.outerHTML.slice(0, 120)),
    );
    expect(nameless).toEqual([]);
    expect(
      await page.$$eval("input, select, textarea, button", (controls) => controls.length),
    ).toBeGreaterThan(20);
  });

  it("stacks its panels at 200 % zoom without scrolling sideways", async () => {
    await page.setViewport({ width: 640, height: 800, deviceScaleFactor: 2 });
    await page.waitForFunction(() => {
      const editor = document.getElementById("editor")?.getBoundingClientRect();
      const preview = document.querySelector(".preview")?.getBoundingClientRect();
      return editor && preview && preview.top >= editor.bottom;
    });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewport({ width: 1280, height: 800 });
  });
});
