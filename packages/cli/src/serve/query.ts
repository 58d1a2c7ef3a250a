// Query parameters of the API, checked: `to`, `order`, booleans and `template` (a name the server
// lists, never a path); a bad value is a 400 saying what is accepted.

import { listTemplates } from "@briefing/core";
import type { FastifyRequest } from "fastify";
import { badRequest, HttpError } from "./errors.js";

type Query = Record<string, unknown>;

function queryOf(request: FastifyRequest): Query {
  return (request.query ?? {}) as Query;
}

/** A single text value; a repeated parameter is a mistake, not a list. */
export function textParam(request: FastifyRequest, name: string): string | undefined {
  const value = queryOf(request)[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw badRequest(`?${name} was given more than once`);
  return value;
}

/** One of `choices`, or `fallback` when absent. */
export function choiceParam<T extends string>(
  request: FastifyRequest,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const value = textParam(request, name);
  if (value === undefined || value === "") return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw badRequest(`?${name} must be ${choices.join(" or ")} (got ${JSON.stringify(value.slice(0, 50))})`);
}

/** A comma-separated list of `choices` without repeats, `fallback` when absent. */
export function listParam<T extends string>(
  request: FastifyRequest,
  name: string,
  choices: readonly T[],
  fallback: T[],
): T[] {
  const value = textParam(request, name);
  if (value === undefined || value === "") return fallback;
  const items = value.split(",").map((item) => item.trim());
  for (const item of items) {
    if (!(choices as readonly string[]).includes(item)) {
      throw badRequest(
        `?${name} takes a comma-separated list of ${choices.join(", ")} (got ${JSON.stringify(item.slice(0, 50))})`,
      );
    }
  }
  return [...new Set(items)] as T[];
}

/** `?flag`, `?flag=true|1` → true; absent, `false|0` → false; anything else is a 400. */
export function booleanParam(request: FastifyRequest, name: string): boolean {
  const value = textParam(request, name);
  if (value === undefined || value === "false" || value === "0") return false;
  if (value === "" || value === "true" || value === "1") return true;
  throw badRequest(`?${name} must be true or false (got ${JSON.stringify(value.slice(0, 50))})`);
}

/** The templates this server offers: built-ins, then the `--templates` folder's. */
export function serverTemplates(templatesDir: string | undefined) {
  const listed = listTemplates(templatesDir === undefined ? {} : { templatesDir });
  return [...listed.filter((t) => t.builtIn), ...listed.filter((t) => !t.builtIn)];
}

/** `?template=`: a name from the server's list, or `fallback`; 400 for anything else. */
export function templateParam(
  request: FastifyRequest,
  templatesDir: string | undefined,
  fallback: string,
): string {
  const name = textParam(request, "template") ?? fallback;
  if (serverTemplates(templatesDir).some((template) => template.name === name)) return name;
  throw new HttpError(400, {
    message: `no template named ${JSON.stringify(name.slice(0, 100))}`,
    hint: "GET /api/templates lists the templates this server has",
  });
}
