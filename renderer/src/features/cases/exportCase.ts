import { toInterneTaak, toKlantcontact } from '../../../../shared/export/klantinteracties';
import type { CaseRecord } from '../../../../shared/model/case';
import type { SaveFileRequest } from '../../../../shared/host';
import type { TimelineEntry } from './repository';

/**
 * A case's contacts and tasks in the Klantinteracties shapes, as one JSON file a municipality can
 * feed into its contact register (Open Klant). The case number travels along as reference.
 */
export function exportCaseFile(record: CaseRecord, timeline: TimelineEntry[]): SaveFileRequest {
  const klantcontacten = timeline.flatMap((entry) => (entry.kind === 'contact' ? [toKlantcontact(entry.record, record)] : []));
  const interneTaken = timeline.flatMap((entry) => (entry.kind === 'task' ? [toInterneTaak(entry.record)] : []));
  return {
    suggestedName: `${record.number}-klantinteracties.json`,
    mimeType: 'application/json',
    data: `${JSON.stringify({ zaaknummer: record.number, klantcontacten, interneTaken }, null, 2)}\n`,
  };
}
