// Compiles apps/, libs/ and bench/ TypeScript to dist/ with SWC (seconds, no type check:
// `npm run typecheck` does that). Spec files are left out.
const fs = require('node:fs');
const path = require('node:path');
const swc = require('@swc/core');
const swcOptions = require('./swc-options.cjs');

const root = path.resolve(__dirname, '..');
const out = path.join(root, 'dist');
const sources = ['apps', 'libs', 'bench'];

function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !/\.spec\.ts$/.test(entry.name)) yield full;
  }
}

async function main() {
  const started = Date.now();
  const files = sources.filter((s) => fs.existsSync(path.join(root, s))).flatMap((s) => [...walk(path.join(root, s))]);
  const options = swcOptions();
  await Promise.all(
    files.map(async (file) => {
      const rel = path.relative(root, file);
      const target = path.join(out, rel.replace(/\.ts$/, '.js'));
      const result = await swc.transformFile(file, {
        ...options,
        filename: file,
        outputPath: target,
        swcrc: false,
        configFile: false,
      });
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, result.code + `\n//# sourceMappingURL=${path.basename(target)}.map\n`);
      if (result.map) fs.writeFileSync(target + '.map', result.map);
    }),
  );
  console.log(`built ${files.length} files into dist/ in ${Date.now() - started} ms`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
