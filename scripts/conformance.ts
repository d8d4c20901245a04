import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { formatConformanceReport, runConformance, type SuiteFile } from '../src/core/conformance/index.ts';

// Usage: npm run conformance -- <folder of shared-suite JSON files> [--format v8|v9]
async function readSuite(root: string): Promise<SuiteFile[]> {
  const files: SuiteFile[] = [];
  for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
    const absolute = join(entry.parentPath, entry.name);
    const text = await readFile(absolute, 'utf8');
    let content: unknown;
    try {
      content = JSON.parse(text);
    } catch (error) {
      content = `JSON syntax error: ${(error as Error).message}`;
    }
    files.push({ path: relative(root, absolute).split(sep).join('/'), content });
  }
  return files;
}

const usage = 'Usage: npm run conformance -- <folder> [--format v8|v9]';
let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { format: { type: 'string' } } });
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const folder = parsed.positionals[0];
const format = parsed.values.format;
if (!folder || (format !== undefined && format !== 'v8' && format !== 'v9')) {
  console.error(usage);
  process.exit(2);
}
const files = await readSuite(resolve(folder));
if (files.length === 0) {
  console.error(`No JSON files under ${folder}`);
  process.exit(2);
}
const report = runConformance(files, { format });
console.log(`Running as the ${report.format} frontend's suite${format ? '' : ' (detected; --format overrides)'}`);
for (const line of formatConformanceReport(report)) console.log(line);
process.exit(report.failed > 0 ? 1 : 0);
