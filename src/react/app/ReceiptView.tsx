import type { ConnectedInstance } from '../../connected/index.ts';
import { ReceiptPage, type ReceiptFile } from './ReceiptPage.tsx';

/** The receipt of an ended process: every data element of the instance as a download link. */
export function ReceiptView({ instance }: { instance: ConnectedInstance }) {
  const { instance: data, process } = instance;
  const files: ReceiptFile[] = data.data.map((element) => ({
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
    />
  );
}
