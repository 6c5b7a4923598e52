// npm run docs:data-format — regenerates the JSON Schema block of docs/data-format.md.
// Node cannot import our TypeScript directly, so Vite's module runner loads the generator.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(fileURLToPath(new URL('./data-format.ts', import.meta.url)), {
  root,
  configFile: false,
});
const path = `${root}/${module.DOC_PATH}`;
const before = readFileSync(path, 'utf8');
const after = module.withCurrentSchema(before);
if (after === before) console.log(`${module.DOC_PATH} is up to date.`);
else {
  writeFileSync(path, after);
  console.log(`${module.DOC_PATH}: schema block regenerated.`);
}
