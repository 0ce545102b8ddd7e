import { useTranslation } from 'react-i18next';
import { database, type SyncIssue } from '../../db/database';
import { Button, Dialog, DialogActions, DialogTrigger, EmptyState } from '../../ui';
import { useFormatters } from '../../ui/format';
import { discardRefused, dismissIssue, retryRefused, useRefusedCount, useSyncIssues } from './repository';
import './outbox.css';

function IssueRow({ issue }: { issue: SyncIssue }) {
  const { t } = useTranslation('sync');
  const format = useFormatters();
  const key = issue.key!;
  return (
    <li className="outbox-issue" data-kind={issue.kind}>
      <p className="outbox-issue-title">
        {t(`issue.${issue.kind}`, { entity: t(`entity.${issue.entity}`) })} <span className="outbox-issue-time">{format.dateTime(new Date(issue.at))}</span>
      </p>
      <p className="outbox-issue-reason">{issue.kind === 'refused' ? t('reason', { reason: issue.reason }) : t('fields', { fields: issue.reason })}</p>
      <div className="outbox-issue-actions">
        {issue.kind === 'refused' ? (
          <>
            <Button size="small" onPress={() => void retryRefused(database(), key)}>
              {t('retry')}
            </Button>
            <Button size="small" variant="danger" onPress={() => void discardRefused(database(), key)}>
              {t('discard')}
            </Button>
          </>
        ) : (
          <Button size="small" variant="quiet" onPress={() => void dismissIssue(database(), key)}>
            {t('dismiss')}
          </Button>
        )}
      </div>
    </li>
  );
}

/** The list itself, in a dialog: refused changes first, with what the hub said. */
export function UnsentList() {
  const { t } = useTranslation('sync');
  const issues = useSyncIssues();
  const sorted = [...(issues ?? [])].sort((a, b) => Number(b.kind === 'refused') - Number(a.kind === 'refused'));
  return sorted.length === 0 ? (
    <EmptyState variant="inline">{t('empty')}</EmptyState>
  ) : (
    <ul className="outbox-issues">
      {sorted.map((issue) => (
        <IssueRow key={issue.key} issue={issue} />
      ))}
    </ul>
  );
}

/** The top bar's way in: shows how many changes were not sent, opens the list. */
export function UnsentButton() {
  const { t } = useTranslation('sync');
  const refused = useRefusedCount();
  const issues = useSyncIssues();
  if (!issues || issues.length === 0) return null;
  return (
    <DialogTrigger>
      <Button size="small" variant={refused > 0 ? 'danger' : 'quiet'} className="outbox-button">
        {refused > 0 ? t('unsent', { count: refused }) : t('notices', { count: issues.length })}
      </Button>
      <Dialog title={t('title')}>
        {({ close }) => (
          <>
            <p className="outbox-intro">{t('intro')}</p>
            <UnsentList />
            <DialogActions>
              <Button variant="primary" onPress={close}>
                {t('close')}
              </Button>
            </DialogActions>
          </>
        )}
      </Dialog>
    </DialogTrigger>
  );
}
