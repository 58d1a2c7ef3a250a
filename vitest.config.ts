import { defineConfig } from "vitest/config";

// `extends: true` so each project inherits the timeouts and reporters below.
const project = (name: string, include: string[]) => ({ extends: true, test: { name, include } });

export default defineConfig({
  test: {
    projects: [
      project("core", ["packages/core/test/**/*.test.ts"]),
      project("pdf", ["packages/pdf/test/**/*.test.ts"]),
      project("docx", ["packages/docx/test/**/*.test.ts"]),
      project("cli", ["packages/cli/test/**/*.test.ts"]),
      project("e2e", ["tests/**/*.test.ts"]),
    ],
    reporters: ["default", "./scripts/count-reporter.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
