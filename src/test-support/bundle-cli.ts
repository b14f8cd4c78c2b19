/** The CLI bundled from source, so tests that start real processes run the code under test. */
import { join } from "node:path";
import { build } from "vite";
import { PACKAGE_ROOT } from "../cli/context.js";

/** Bundles the CLI into `dir` (under node_modules, so it resolves the installed packages); its path. */
export async function bundleCli(dir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: "silent",
    root: PACKAGE_ROOT,
    build: {
      ssr: join(PACKAGE_ROOT, "src/cli/main.ts"),
      outDir: dir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: "es", entryFileNames: "ttm.mjs" } },
    },
  });
  return join(dir, "ttm.mjs");
}
