import { loadLayoutSet } from '../../src/core/app/loadLayoutSet.ts';
import { objectSource } from '../../src/core/app/source.ts';
import { createFormSession } from '../../src/core/session/index.ts';
import { CASES, initialData } from '../description.ts';
import { altinnApp } from '../generate.ts';

/*
 * `npx tsx --expose-gc bench/node/groupMount.ts [case]`: the engine's part of mounting a group
 * case (createFormSession over the case's app and data) in Node, a few rounds, with the first
 * validation pass's counted work — quicker to iterate on than the browser bench. CPU time is
 * steadier than wall time on a shared machine.
 */
const benchCase = CASES.find((candidate) => candidate.id === (process.argv[2] ?? 'group-10000'))!;
const { layoutSet } = await loadLayoutSet(objectSource(altinnApp(benchCase)));
const gc = (globalThis as { gc?: () => void }).gc;
for (let round = 0; round < Number(process.env.ROUNDS ?? 6); round++) {
  const data = initialData(benchCase);
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const cpuBefore = process.cpuUsage();
  const session = createFormSession({ layoutSet: layoutSet!, initialData: data, language: 'nb' });
  const issues = session.validator.visibleIssues().length;
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  gc?.();
  const heap = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  const { nodeRuns, schemaRuns } = session.validator.stats;
  console.log(
    `${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU, ${ms.toFixed(0)} ms wall, heap kept ${heap.toFixed(1)} MB, nodeRuns ${nodeRuns}, schemaRuns ${schemaRuns}, visible ${issues}`,
  );
  session.dispose();
}
