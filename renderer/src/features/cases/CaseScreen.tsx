import { type ReactNode, useState } from 'react';
import { Button, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CaseRecord, ContactRecord, TaskRecord } from '../../../../shared/model/case';
import { routeHref } from '../../app/route';
import { database } from '../../db/database';
import { host } from '../../host';
import { PageHeader } from '../../ui/PageHeader';
import { useNow } from '../../ui/clock';
import { formatDuration, useFormatters } from '../../ui/format';
import { setTaskStatus } from './tasks';
import { useActor } from '../../workstation';
import { setCaseStatus, useCase, useCaseTimeline } from './repository';
import { exportCaseFile } from './exportCase';
import './cases.css';

/** Actions other features add to a case (e.g. filing a Woo request), composed by the app shell. */
export type CaseActions = (caseId: string) => ReactNode;

/** One case: its header (number, status, topic, visitor if known) and its timeline, newest first. */
export function CaseScreen({ caseId, actions }: { caseId: string; actions?: CaseActions | undefined }) {
  const { t } = useTranslation('cases');
  const record = useCase(caseId);
  const timeline = useCaseTimeline(caseId);
  const actor = useActor();
  const [failed, setFailed] = useState(false);

  if (record === undefined) return <p className="empty-inline">{t('common:loading')}</p>;
  if (record === null) {
    return (
      <>
        <PageHeader title={t('case.notFoundTitle')} />
        <div className="empty-state">
          <p>{t('case.notFound')}</p>
          <Link className="button" href={routeHref('cases')}>
            {t('case.backToList')}
          </Link>
        </div>
      </>
    );
  }

  const exportCase = async () => {
    setFailed(false);
    try {
      const file = exportCaseFile(record, timeline ?? []);
      const outcome = await host.saveFile(file);
      if (!outcome.ok && !outcome.cancelled) setFailed(true);
    } catch (error) {
      console.error('Exporting the case failed', error);
      setFailed(true);
    }
  };

  const toggleStatus = async () => {
    setFailed(false);
    try {
      await setCaseStatus(database(), record.id, record.status === 'closed' ? 'open' : 'closed', { actor });
    } catch (error) {
      console.error('Changing the case status failed', error);
      setFailed(true);
    }
  };

  return (
    <>
      <PageHeader
        title={t('case.title', { number: record.number })}
        actions={
          <>
            <Button className="button" onPress={() => void exportCase()} isDisabled={!timeline}>
              {t('case.export')}
            </Button>
            <Button className="button" onPress={() => void toggleStatus()}>
              {record.status === 'closed' ? t('case.reopen') : t('case.close')}
            </Button>
            {actions?.(record.id)}
            <Link className="button primary" href={routeHref('contact', 'new', record.id)}>
              {t('case.addContact')}
            </Link>
          </>
        }
      />
      {failed ? (
        <p className="field-error" role="alert">
          {t('case.failed')}
        </p>
      ) : null}
      <CaseHeader record={record} />
      <section className="panel" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('timeline.title')}</h2>
        {timeline === undefined ? (
          <p className="empty-inline">{t('common:loading')}</p>
        ) : timeline.length === 0 ? (
          <p className="empty-inline">{t('timeline.empty')}</p>
        ) : (
          <ol className="timeline">
            {timeline.map((entry) =>
              entry.kind === 'contact' ? <ContactEntry key={entry.record.id} contact={entry.record} /> : <TaskEntry key={entry.record.id} task={entry.record} actor={actor} />,
            )}
          </ol>
        )}
      </section>
    </>
  );
}

function CaseHeader({ record }: { record: CaseRecord }) {
  const { t } = useTranslation('cases');
  const format = useFormatters();
  const visitor = record.visitor;
  const hasVisitor = Boolean(visitor && (visitor.name || visitor.phone || visitor.email || visitor.postal || visitor.language || visitor.accessibility?.length));
  return (
    <section className="panel case-header" aria-label={t('case.details')}>
      <dl className="facts case-facts">
        <dt>{t('case.status')}</dt>
        <dd>
          <span className="status-badge" data-status={record.status}>
            {t(`intake:caseStatus.${record.status}`)}
          </span>
        </dd>
        <dt>{t('case.kind')}</dt>
        <dd>{t(`kind.${record.kind}`)}</dd>
        <dt>{t('case.topic')}</dt>
        <dd>{record.topic ?? t('case.noTopic')}</dd>
        <dt>{t('case.channel')}</dt>
        <dd>{t(`intake:channel.${record.channel}`)}</dd>
        <dt>{t('case.opened')}</dt>
        <dd>{format.dateTime(record.createdAt)}</dd>
        {record.closedAt ? (
          <>
            <dt>{t('case.closed')}</dt>
            <dd>{format.dateTime(record.closedAt)}</dd>
          </>
        ) : null}
      </dl>
      <div className="case-visitor">
        <h2 className="section-title">{t('visitor.title')}</h2>
        {hasVisitor && visitor ? (
          <dl className="facts">
            {visitor.name ? (
              <>
                <dt>{t('visitor.name')}</dt>
                <dd>{visitor.name}</dd>
              </>
            ) : null}
            {visitor.phone ? (
              <>
                <dt>{t('visitor.phone')}</dt>
                <dd>{visitor.phone}</dd>
              </>
            ) : null}
            {visitor.email ? (
              <>
                <dt>{t('visitor.email')}</dt>
                <dd>{visitor.email}</dd>
              </>
            ) : null}
            {visitor.postal ? (
              <>
                <dt>{t('visitor.postal')}</dt>
                <dd className="pre-line">{visitor.postal}</dd>
              </>
            ) : null}
            {visitor.language ? (
              <>
                <dt>{t('visitor.language')}</dt>
                <dd>{t(`intake:languages.${visitor.language}`)}</dd>
              </>
            ) : null}
            {visitor.accessibility?.length ? (
              <>
                <dt>{t('visitor.accessibility')}</dt>
                <dd>{visitor.accessibility.map((need) => t(`intake:accessibility.${need}`)).join(', ')}</dd>
              </>
            ) : null}
          </dl>
        ) : (
          <p className="empty-inline">{t('visitor.anonymous')}</p>
        )}
      </div>
    </section>
  );
}

/** Decorative; the channel is also named in words. Glyphs every desk font has (no emoji). */
const CHANNEL_ICONS: Record<ContactRecord['channel'], string> = { balie: '⌂', telefoon: '☎', 'e-mail': '@', post: '✉', chat: '✎' };

function ContactEntry({ contact }: { contact: ContactRecord }) {
  const { t } = useTranslation('cases');
  const format = useFormatters();
  return (
    <li className="timeline-entry" data-kind="contact">
      <span className="timeline-icon" aria-hidden="true">
        {CHANNEL_ICONS[contact.channel]}
      </span>
      <div className="timeline-body">
        <p className="timeline-heading">
          <span className="timeline-kind">{t('timeline.contact', { channel: t(`intake:channel.${contact.channel}`) })}</span>
          <time dateTime={contact.startedAt}>{format.dateTime(contact.startedAt)}</time>
        </p>
        <p className="timeline-meta">
          {[
            t(`intake:outcome.${contact.outcome}`),
            contact.topic,
            contact.durationSeconds !== undefined ? t('timeline.duration', { duration: formatDuration(contact.durationSeconds) }) : undefined,
            contact.confidential ? t('timeline.confidential') : undefined,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <p className="timeline-text">{contact.summary}</p>
      </div>
    </li>
  );
}

function TaskEntry({ task, actor }: { task: TaskRecord; actor: string }) {
  const { t } = useTranslation('cases');
  const format = useFormatters();
  const now = useNow(30_000);
  const done = task.status === 'verwerkt';
  const overdue = !done && task.dueAt < now.toISOString();
  const [failed, setFailed] = useState(false);
  const toggle = async () => {
    setFailed(false);
    try {
      await setTaskStatus(database(), task.id, done ? 'te_verwerken' : 'verwerkt', { actor });
    } catch (error) {
      console.error('Changing the task failed', error);
      setFailed(true);
    }
  };
  return (
    <li className="timeline-entry" data-kind="task" data-done={done || undefined} data-overdue={overdue || undefined}>
      <span className="timeline-icon" aria-hidden="true">
        {done ? '✓' : '↩'}
      </span>
      <div className="timeline-body">
        <p className="timeline-heading">
          <span className="timeline-kind">{t('timeline.task', { action: task.action })}</span>
          <time dateTime={task.createdAt}>{format.dateTime(task.createdAt)}</time>
        </p>
        <p className="timeline-meta">
          {overdue ? (
            <span className="overdue-flag">
              <span aria-hidden="true">⚠ </span>
              {t('timeline.overdue')}
            </span>
          ) : null}
          {t('timeline.taskDue', { assignee: task.assignee, due: format.dateTime(task.dueAt) })}
          <span className="status-badge" data-status={done ? 'closed' : 'open'}>
            {t(`timeline.taskStatus.${task.status}`)}
          </span>
        </p>
        {task.note ? <p className="timeline-text">{task.note}</p> : null}
        {failed ? <p className="field-error">{t('case.failed')}</p> : null}
        <Button className="button small" onPress={() => void toggle()} aria-label={done ? t('timeline.reopenLabel', { action: task.action }) : t('timeline.completeLabel', { action: task.action })}>
          {done ? t('timeline.reopen') : t('timeline.complete')}
        </Button>
      </div>
    </li>
  );
}
