// Calls to the briefing API: the Bearer token on each, and its `{error}` replies turned into
// errors the page can show as they are (message, hint, file:line).
import type { ErrorBody, ReportOrError, Statement, TemplateInfo } from "./model.js";
import { loadToken } from "./token.js";

const token = loadToken();

/** An API reply that was not a success, with the server's own explanation. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
  }
}

async function errorOf(response: Response): Promise<ApiError> {
  let body: ErrorBody = { message: `the server answered ${response.status} ${response.statusText}` };
  try {
    const parsed = (await response.json()) as { error?: ErrorBody };
    if (parsed.error?.message) body = parsed.error;
  } catch {
    // Not JSON (a proxy's page, say): the status line is all there is to show.
  }
  if (response.status === 401) {
    body = {
      ...body,
      hint: "This server needs its token: open the page's address with #token= and the token at the end (started with --token, briefing serve prints that address).",
    };
  }
  return new ApiError(response.status, body);
}

/** fetch with the token; any 4xx/5xx becomes an ApiError. */
export async function call(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token) headers.set("Authorization", `Bearer ${token}`);
  const response = await fetch(path, { ...init, headers });
  if (!response.ok) throw await errorOf(response);
  return response;
}

const json = (value: unknown): RequestInit => ({
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(value),
});

export async function listTemplates(): Promise<TemplateInfo[]> {
  const reply = (await (await call("/api/templates")).json()) as { templates: TemplateInfo[] };
  return reply.templates;
}

/** Reads files as statements; a file that fails comes back as `{file, error}`, the others still read. */
export async function inspectFiles(files: readonly File[]): Promise<ReportOrError[]> {
  const form = new FormData();
  for (const file of files) form.append("file", file, file.name);
  try {
    const reply = (await (await call("/api/inspect", { method: "POST", body: form })).json()) as {
      reports: ReportOrError[];
    };
    return reply.reports;
  } catch (error) {
    // With one input the server answers with that input's error itself, not a list.
    if (error instanceof ApiError && files.length === 1 && error.status !== 401) {
      return [{ file: files[0]?.name ?? "", error: error.body }];
    }
    throw error;
  }
}

export async function inspectText(text: string, name: string): Promise<ReportOrError[]> {
  return inspectFiles([new File([text], name, { type: "text/plain" })]);
}

export type RenderFormat = "pdf" | "docx" | "yaml";

export function render(
  statement: Statement,
  to: RenderFormat,
  template: string,
  signal?: AbortSignal,
): Promise<Response> {
  const query = new URLSearchParams({ to, template });
  return call(`/api/render?${query}`, { ...json(statement), ...(signal ? { signal } : {}) });
}

export function book(statements: readonly Statement[], to: "pdf" | "docx"): Promise<Response> {
  return call(`/api/book?${new URLSearchParams({ to, order: "given" })}`, json(statements));
}

/** A progress line of an export, sent after each statement is rendered. */
export interface ExportProgress {
  done: number;
  total: number;
  file: string;
  ok: boolean;
}

/** Renders every statement to PDF and Word and returns the zip, reporting progress as it streams. */
export async function exportZip(
  statements: readonly Statement[],
  template: string,
  onProgress: (progress: ExportProgress) => void,
): Promise<{ filename: string; zip: Blob; failed: number }> {
  const response = await call(`/api/export?${new URLSearchParams({ to: "pdf,docx", template })}`, {
    ...json(statements),
    headers: { "Content-Type": "application/json", Accept: "application/x-ndjson" },
  });
  if (!response.body) throw new Error("the export reply had no body");
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  let result: { filename: string; zip: string; failed: number } | undefined;
  const take = (line: string) => {
    if (line.trim() === "") return;
    const message = JSON.parse(line) as
      | ({ type: "progress" } & ExportProgress)
      | { type: "result"; filename: string; zip: string; failed: number }
      | { type: "error"; error: ErrorBody };
    if (message.type === "progress") onProgress(message);
    else if (message.type === "result") result = message;
    else if (message.type === "error") throw new ApiError(500, message.error);
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffered += value;
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) take(line);
  }
  take(buffered);
  if (!result) throw new Error("the export stopped before sending its zip");
  const bytes = Uint8Array.from(atob(result.zip), (char) => char.charCodeAt(0));
  return {
    filename: result.filename,
    zip: new Blob([bytes], { type: "application/zip" }),
    failed: result.failed,
  };
}
