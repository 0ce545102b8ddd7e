import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { database } from '../db/database';
import { useOnline } from './useOnline';

/** Always visible: whether the desk is online and how many local changes still wait for the hub. */
export function ConnectionStatus() {
  const { t } = useTranslation();
  const online = useOnline();
  const pending = useLiveQuery(() => database().outbox.count(), [], 0);
  return (
    <div className="connection" role="status" aria-live="polite" data-state={online ? 'online' : 'offline'}>
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-label">{online ? t('connection.online') : t('connection.offline')}</span>
      <span className="connection-pending">
        {pending > 0 ? t('connection.pending', { count: pending }) : t('connection.allSent')}
      </span>
    </div>
  );
}
