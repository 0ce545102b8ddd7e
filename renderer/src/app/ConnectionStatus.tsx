import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { database } from '../db/database';
import { useSyncStatus } from '../sync/status';
import { UnsentButton, useRefusedCount } from '../features/outbox';
import { useFormatters } from '../ui/format';
import { useOnline } from './useOnline';

/**
 * Always visible: online or not, how many local changes still wait for the hub, whether a sync
 * round is running or failing, and conflicts waiting for a coordinator.
 */
export function ConnectionStatus() {
  const { t } = useTranslation();
  const online = useOnline();
  const sync = useSyncStatus();
  const pending = useLiveQuery(() => database().outbox.count(), [], 0);
  const conflicts = useLiveQuery(async () => (await database().meta.get('conflicts'))?.value, [], 0);
  const { t: tSync } = useTranslation('sync');
  const refused = useRefusedCount();
  const format = useFormatters();

  let detail: string;
  if (!online) detail = pending > 0 ? t('connection.pending', { count: pending }) : t('connection.offlineSafe');
  else if (sync.phase === 'disabled') detail = t('connection.disabled');
  else if (sync.phase === 'error' && sync.errorKind === 'update-required') detail = tSync('updateRequired');
  else if (sync.phase === 'error') {
    detail = sync.errorKind === 'refused' ? t('connection.refused') : t('connection.unreachable');
    // Back-off with jitter: say when the next attempt comes.
    if (sync.retryAt) detail = `${detail} (${tSync('retryAt', { time: format.time(sync.retryAt) })})`;
  }
  else if (pending > 0) detail = sync.phase === 'syncing' ? t('connection.syncing') : t('connection.pending', { count: pending });
  // Not "all sent" while the hub has refused something: that waits in the "Niet verzonden" list.
  else if (refused > 0) detail = t('connection.refused');
  else detail = t('connection.allSent');

  const state = !online ? 'offline' : sync.phase === 'error' ? 'error' : 'online';
  return (
    <div className="connection" role="status" aria-live="polite" data-state={state} data-pending={pending}>
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-label">{online ? t('connection.online') : t('connection.offline')}</span>
      <span className="connection-pending">{detail}</span>
      {typeof conflicts === 'number' && conflicts > 0 ? (
        <span className="connection-conflicts">{t('connection.conflicts', { count: conflicts })}</span>
      ) : null}
      <UnsentButton />
    </div>
  );
}
