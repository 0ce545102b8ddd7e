import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/route';
import { database } from '../../db/database';
import { host } from '../../host';
import { Button, ButtonLink, EmptyState, ErrorMessage, PageHeader } from '../../ui';
import { useActor, useMayExportPersonalData } from '../../workstation';
import { CaseHeader } from './CaseHeader';
import { CaseTimeline } from './CaseTimeline';
import { exportCaseFile } from './exportCase';
import { setCaseStatus, useCase, useCaseTimeline } from './repository';
import './cases.css';

/** Actions other features add to a case (e.g. filing a Woo request), composed by the app shell. */
export type CaseActions = (caseId: string) => ReactNode;

/** One case: its header (number, status, topic, visitor if known) and its timeline, newest first. */
export function CaseScreen({ caseId, actions }: { caseId: string; actions?: CaseActions | undefined }) {
  const { t } = useTranslation('cases');
  const record = useCase(caseId);
  const timeline = useCaseTimeline(caseId);
  const actor = useActor();
  // The file holds the visitor's personal data and is written without the hub: hiding it is the guard (decision 071).
  const mayExport = useMayExportPersonalData();
  const [failed, setFailed] = useState(false);

  if (record === undefined) return <EmptyState variant="inline">{t('common:loading')}</EmptyState>;
  if (record === null) {
    return (
      <>
        <PageHeader title={t('case.notFoundTitle')} />
        <EmptyState action={<ButtonLink href={routeHref('cases')}>{t('case.backToList')}</ButtonLink>}>{t('case.notFound')}</EmptyState>
      </>
    );
  }

  /** Runs a case action; a failure is logged and shown as one message under the header. */
  const attempt = (what: string, action: () => Promise<boolean | void>) => async () => {
    setFailed(false);
    try {
      if ((await action()) === false) setFailed(true);
    } catch (error) {
      console.error(`${what} failed`, error);
      setFailed(true);
    }
  };
  const exportCase = attempt('Exporting the case', async () => {
    const outcome = await host.saveFile(exportCaseFile(record, timeline ?? []));
    return outcome.ok || outcome.cancelled;
  });
  const toggleStatus = attempt('Changing the case status', () => setCaseStatus(database(), record.id, record.status === 'closed' ? 'open' : 'closed', { actor }));

  return (
    <>
      <PageHeader
        title={t('case.title', { number: record.number })}
        actions={
          <>
            {mayExport ? (
              <Button onPress={() => void exportCase()} isDisabled={!timeline}>
                {t('case.export')}
              </Button>
            ) : null}
            <Button onPress={() => void toggleStatus()}>{record.status === 'closed' ? t('case.reopen') : t('case.close')}</Button>
            {actions?.(record.id)}
            <ButtonLink variant="primary" href={routeHref('contact', 'new', record.id)}>
              {t('case.addContact')}
            </ButtonLink>
          </>
        }
      />
      {failed ? <ErrorMessage>{t('case.failed')}</ErrorMessage> : null}
      <CaseHeader record={record} />
      <CaseTimeline timeline={timeline} actor={actor} />
    </>
  );
}
