import { useState } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_RETENTION_MONTHS, DRAFT_MAX_AGE_HOURS, purgeDueOn } from '../../../../shared/privacy/retention';
import { useCentreSettings } from '../../centre';
import { routeHref } from '../../app/route';
import { database } from '../../db/database';
import { Button, DataTable, Dialog, DialogActions, DialogTrigger, ErrorMessage, ListState } from '../../ui';
import { useToday } from '../../ui/clock';
import { useFormatters } from '../../ui/format';
import { useActor } from '../../workstation';
import { casesDueForPurge, purgeCase, runRetentionPurge } from './repository';

/**
 * Privacy (issue 10 point 8): the retention in force, the closed cases whose visitor data is due
 * to go, the purge by hand (it also runs on schedule) and per case. Erasure on request is on the
 * case's page in the history ("Gegevens van deze bezoeker verwijderen").
 */
export function PrivacyView() {
  const { t } = useTranslation('overview');
  const format = useFormatters();
  const today = useToday();
  const actor = useActor();
  const months = useCentreSettings()?.retentionMonths ?? DEFAULT_RETENTION_MONTHS;
  const due = useLiveQuery(() => casesDueForPurge(database(), today, months), [today, months]);
  const [message, setMessage] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  async function purgeAll() {
    setFailed(false);
    try {
      const changed = await runRetentionPurge(database(), today, months, actor);
      setMessage(t('privacy.purged', { count: changed }));
    } catch {
      setFailed(true);
    }
  }

  return (
    <div className="overview-privacy">
      <section className="panel" aria-labelledby="privacy-rules">
        <h2 id="privacy-rules">{t('privacy.rules')}</h2>
        <p>{t('privacy.retention', { count: months })}</p>
        <p>{t('privacy.what')}</p>
        <p>{t('privacy.drafts', { count: DRAFT_MAX_AGE_HOURS })}</p>
        <p>{t('privacy.schedule')}</p>
      </section>
      <section className="panel" aria-labelledby="privacy-due">
        <h2 id="privacy-due">{t('privacy.due')}</h2>
        <p role="status">{message ?? ''}</p>
        {failed ? <ErrorMessage alert>{t('privacy.failed')}</ErrorMessage> : null}
        <ListState items={due} loading={t('cases.loading')} empty={t('privacy.noneDue')}>
          {(due) => (
            <>
              <DataTable className="overview-table" caption={t('privacy.due')} columns={[t('board.case'), t('privacy.closed'), t('privacy.dueOn'), t('privacy.action')]}>
                {due.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <Link href={routeHref('overview', 'case', c.id)}>{c.number}</Link>
                    </td>
                    <td>{c.closedAt ? format.date(c.closedAt) : '–'}</td>
                    <td>{c.closedAt ? format.calendarDate(purgeDueOn(c.closedAt, months)) : '–'}</td>
                    <td>
                      <Button
                        size="small"
                        variant="danger"
                        aria-label={t('privacy.purgeOne', { number: c.number })}
                        onPress={() =>
                          void purgeCase(database(), c.id, 'retention', actor)
                            .then((changed) => setMessage(changed ? t('privacy.purgedOne', { number: c.number }) : t('privacy.nothingLeft', { number: c.number })))
                            .catch(() => setFailed(true))
                        }
                      >
                        {t('privacy.purgeShort')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </DataTable>
              <DialogTrigger>
                <Button variant="danger">{t('privacy.purgeAll', { count: due.length })}</Button>
                <Dialog title={t('privacy.confirmTitle')} role="alertdialog">
                  {({ close }) => (
                    <>
                      <p>{t('privacy.confirmBody', { count: due.length })}</p>
                      <DialogActions>
                        <Button onPress={close}>{t('erase.cancel')}</Button>
                        <Button variant="danger" onPress={() => void purgeAll().then(close)}>{t('privacy.confirm')}</Button>
                      </DialogActions>
                    </>
                  )}
                </Dialog>
              </DialogTrigger>
            </>
          )}
        </ListState>
      </section>
    </div>
  );
}
