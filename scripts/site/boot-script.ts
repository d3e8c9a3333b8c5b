import { resolve } from 'node:path';
import { build } from 'vite';

/**
 * Builds src/boot.ts into <outDir>/assets/boot-<hash>.js with the app's entry URL baked in, and
 * returns its path in the build folder. Pages load this instead of the entry (see src/boot.ts).
 */
export async function buildBootScript(
  root: string,
  outDir: string,
  appEntryHref: string,
): Promise<string> {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    define: { __APP_ENTRY__: JSON.stringify(appEntryHref) },
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      modulePreload: false,
      target: 'es2022',
      rolldownOptions: {
        input: resolve(root, 'src/boot.ts'),
        output: { format: 'es', entryFileNames: 'assets/boot-[hash].js' },
      },
    },
  });
  const [result] = Array.isArray(output) ? output : [output];
  const chunk =
    result && 'output' in result ? result.output.find((item) => item.type === 'chunk') : undefined;
  if (!chunk) throw new Error('The boot script build produced no chunk');
  return chunk.fileName;
}
