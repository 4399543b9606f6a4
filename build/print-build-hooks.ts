// Node module hooks for the build that exports print from (scripts/print-build.ts starts
// `slidev build` with `--import` of this file). Slidev's CLI imports two packages at start
// that a build never uses:
//   - @vitejs/plugin-vue-jsx, which loads Babel and its TypeScript plugin (about 0.7 s of
//     the build's start here) to compile .jsx/.tsx files, and the deck has none;
//   - the Model Context Protocol server packages, for `slidev` dev's MCP endpoint.
// In their place it gets small stand-ins that fail loudly if a build ever does use them.
// Hosted builds and `npm run dev` load the real packages.
import { registerHooks } from 'node:module'

/** Stand-in module sources, by the package name Slidev's CLI imports. */
export const LEFT_OUT_PACKAGES: Readonly<Record<string, string>> = {
  // Slidev calls VueJsx(options) and adds the returned plugin: one that transforms nothing.
  '@vitejs/plugin-vue-jsx': 'export default () => ({ name: "vite:vue-jsx (left out of the print build)" })',
  '@modelcontextprotocol/server': 'export class McpServer { constructor() { throw new Error("The MCP server is left out of the print build.") } }',
  '@modelcontextprotocol/node': 'export class NodeStreamableHTTPServerTransport { constructor() { throw new Error("The MCP server is left out of the print build.") } }',
}

/** Where Slidev's CLI code lives: only its own imports are answered with a stand-in. */
const SLIDEV_CLI = /\/node_modules\/@slidev\/cli\/dist\//

/**
 * The `data:` URL of the stand-in for `specifier` when Slidev's CLI (`parentURL`, a file
 * URL) imports a LEFT_OUT_PACKAGES package; undefined for every other import.
 */
export function leftOutPackageUrl(specifier: string, parentURL: string | undefined): string | undefined {
  const source = Object.hasOwn(LEFT_OUT_PACKAGES, specifier)
    ? LEFT_OUT_PACKAGES[specifier]
    : undefined
  if (source === undefined || !parentURL || !SLIDEV_CLI.test(parentURL))
    return undefined
  return `data:text/javascript,${encodeURIComponent(source)}`
}

// Registered in the print build's process (BRIEFING_PRINT_BUILD, which vite.config.ts reads
// too), not when a test imports this file.
if (process.env.BRIEFING_PRINT_BUILD) {
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const url = leftOutPackageUrl(specifier, context.parentURL)
      return url
        ? { url, shortCircuit: true }
        : nextResolve(specifier, context)
    },
  })
}
