import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureVariant } from './previewHarness.ts';

/**
 * The fixture app with its confirmation task turned into a signing task (signing `model` into a
 * `signature` data type), and `metadataExtra` merged into its applicationmetadata.json.
 */
export function signingFixture(name: string, metadataExtra: Record<string, unknown> = {}): string {
  return fixtureVariant(name, (dir) => {
    const processFile = join(dir, 'App/config/process/process.bpmn');
    writeFileSync(
      processFile,
      readFileSync(processFile, 'utf8').replace(
        /<altinn:taskType>confirmation<\/altinn:taskType>\s*<altinn:actions>\s*<altinn:action>confirm<\/altinn:action>\s*<\/altinn:actions>/,
        `<altinn:taskType>signing</altinn:taskType>
          <altinn:actions><altinn:action>sign</altinn:action></altinn:actions>
          <altinn:signatureConfig>
            <altinn:dataTypesToSign><altinn:dataType>model</altinn:dataType></altinn:dataTypesToSign>
            <altinn:signatureDataType>signature</altinn:signatureDataType>
          </altinn:signatureConfig>`,
      ),
    );
    const metadataFile = join(dir, 'App/config/applicationmetadata.json');
    const metadata = JSON.parse(readFileSync(metadataFile, 'utf8')) as { dataTypes: unknown[] };
    metadata.dataTypes.push({
      id: 'signature',
      allowedContentTypes: ['application/json'],
      taskId: 'Task_2',
      maxCount: 1,
      minCount: 0,
    });
    writeFileSync(metadataFile, JSON.stringify({ ...metadata, ...metadataExtra }));
  });
}
