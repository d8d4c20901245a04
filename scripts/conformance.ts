import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { formatConformanceReport, runConformance, type SuiteFile } from '../src/core/conformance/index.ts';

// Usage: npm run conformance -- <folder of shared-suite JSON files>
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

const folder = process.argv[2];
if (!folder) {
  console.error('Usage: npm run conformance -- <folder>');
  process.exit(2);
}
const files = await readSuite(resolve(folder));
if (files.length === 0) {
  console.error(`No JSON files under ${folder}`);
  process.exit(2);
}
const report = runConformance(files);
for (const line of formatConformanceReport(report)) console.log(line);
process.exit(report.failed > 0 ? 1 : 0);
