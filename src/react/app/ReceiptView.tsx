import type { ConnectedInstance } from '../../connected/index.ts';
import type { ApplicationMetadata } from '../../wire/index.ts';
import { ReceiptPage, type ReceiptFile } from './ReceiptPage.tsx';

/**
 * The receipt of an ended process: the instance's files (attachments and generated PDFs) as
 * download links. Form data elements are left out, as Altinn's receipt does: their content is
 * what was submitted, not a document the user handed in.
 */
export function ReceiptView({
  instance,
  metadata,
  onNewCopy,
}: {
  instance: ConnectedInstance;
  metadata: ApplicationMetadata | undefined;
  /** Makes a new instance from this one; offered only when the app enables copies. */
  onNewCopy?: () => Promise<void>;
}) {
  const { instance: data, process } = instance;
  const formData = new Set(
    (metadata?.dataTypes ?? []).filter((type) => type.appLogic?.classRef).map((type) => type.id),
  );
  const files: ReceiptFile[] = data.data
    .filter((element) => !formData.has(element.dataType))
    .map((element) => ({
      id: element.id,
      filename: element.filename || element.dataType,
      url: element.selfLinks?.apps ?? undefined,
    }));
  const owner = data.instanceOwner as { party?: { name?: string | null } | null };
  return (
    <ReceiptPage
      instanceId={data.id}
      submittedAt={process.ended ?? data.lastChanged ?? undefined}
      sender={owner.party?.name ?? undefined}
      files={files}
      onNewCopy={metadata?.copyInstanceSettings?.enabled === true ? onNewCopy : undefined}
    />
  );
}
