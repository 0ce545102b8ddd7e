import { createElement, useState } from 'react';
import { AtSign, Check, Landmark, Mail, MessageSquare, Phone, PhoneCall, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ContactRecord, TaskRecord } from '../../../../shared/model/case';
import { database } from '../../db/database';
import { Badge, Button, ErrorMessage, ListState, WarningFlag } from '../../ui';
import { useNow } from '../../ui/clock';
import { formatDuration, useFormatters } from '../../ui/format';
import type { useCaseTimeline } from './repository';
import { setTaskStatus } from './tasks';

type Timeline = ReturnType<typeof useCaseTimeline>;

/** The case's contacts and tasks, newest first. */
export function CaseTimeline({ timeline, actor }: { timeline: Timeline; actor: string }) {
  const { t } = useTranslation('cases');
  return (
    <section className="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timeline.title')}</h2>
      <ListState items={timeline} loading={t('common:loading')} empty={t('timeline.empty')}>
        {(entries) => (
          <ol className="timeline">
            {entries.map((entry) =>
              entry.kind === 'contact' ? <ContactEntry key={entry.record.id} contact={entry.record} /> : <TaskEntry key={entry.record.id} task={entry.record} actor={actor} />,
            )}
          </ol>
        )}
      </ListState>
    </section>
  );
}

/** Decorative; the channel is also named in words. */
const CHANNEL_ICONS: Record<ContactRecord['channel'], LucideIcon> = { balie: Landmark, telefoon: Phone, 'e-mail': AtSign, post: Mail, chat: MessageSquare };

function ContactEntry({ contact }: { contact: ContactRecord }) {
  const { t } = useTranslation('cases');
  const format = useFormatters();
  return (
    <li className="timeline-entry" data-kind="contact">
      <span className="timeline-icon" aria-hidden="true">
        {createElement(CHANNEL_ICONS[contact.channel], { size: 18 })}
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
            contact.guideRoute ? t('timeline.route', { route: t(`intake:findings.routes.${contact.guideRoute}`) }) : undefined,
            contact.durationSeconds !== undefined ? t('timeline.duration', { duration: formatDuration(contact.durationSeconds) }) : undefined,
            contact.confidential ? t('timeline.confidential') : undefined,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <p className="timeline-text">{contact.summary}</p>
        {contact.answerUsed ? <p className="timeline-text">{t('timeline.answerUsed', { title: contact.answerUsed.title })}</p> : null}
        {contact.documentsAttached?.length ? (
          <div className="timeline-documents">
            <p>{t('timeline.documents', { count: contact.documentsAttached.length })}</p>
            <ul>
              {contact.documentsAttached.map((document) => (
                <li key={document.id}>{document.title}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {contact.notFoundNote ? <p className="timeline-text">{t('timeline.notFound', { note: contact.notFoundNote })}</p> : null}
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
  // Stored in Dutch (Klantinteracties gevraagdeHandeling); the known ones are shown translated.
  const action = t(`timeline.actions.${task.action}`, { defaultValue: task.action });
  return (
    <li className="timeline-entry" data-kind="task" data-done={done || undefined} data-overdue={overdue || undefined}>
      <span className="timeline-icon" aria-hidden="true">
        {done ? <Check size={18} /> : <PhoneCall size={18} />}
      </span>
      <div className="timeline-body">
        <p className="timeline-heading">
          <span className="timeline-kind">{t('timeline.task', { action })}</span>
          <time dateTime={task.createdAt}>{format.dateTime(task.createdAt)}</time>
        </p>
        <p className="timeline-meta">
          {overdue ? <WarningFlag>{t('timeline.overdue')}</WarningFlag> : null}
          {t('timeline.taskDue', { assignee: task.assignee, due: format.dateTime(task.dueAt) })}
          <Badge tone={done ? 'neutral' : 'brand'}>{t(`timeline.taskStatus.${task.status}`)}</Badge>
        </p>
        {task.note ? <p className="timeline-text">{task.note}</p> : null}
        {failed ? <ErrorMessage alert={false}>{t('case.failed')}</ErrorMessage> : null}
        <Button size="small" onPress={() => void toggle()} aria-label={done ? t('timeline.reopenLabel', { action }) : t('timeline.completeLabel', { action })}>
          {done ? t('timeline.reopen') : t('timeline.complete')}
        </Button>
      </div>
    </li>
  );
}
