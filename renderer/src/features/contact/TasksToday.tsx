import { useState } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/route';
import { database } from '../../db/database';
import { useStationCode } from '../../workstation';
import { setTaskStatus, useOpenTasksDueBy } from '../cases';
import { actorFor } from '../../workstation';
import { endOfDay, sameDay, useNow } from '../../ui/clock';
import { useFormatters } from '../../ui/format';
import { Badge, Button, ErrorMessage, ListState, WarningFlag } from '../../ui';
import { CALLBACK_ACTION } from './repository';

/** A dialable tel: URI from a number as typed ("020-123 45 67" → "tel:0201234567"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/**
 * Callbacks and other tasks due today, overdue ones first and marked in words and with an icon
 * (not by colour alone). A callback card says whom to call (name, number as a tel: link), what
 * about (the question in one line) and by when, so staff can act without opening the case.
 */
export function TasksToday() {
  const { t } = useTranslation('intake');
  const format = useFormatters();
  const now = useNow(30_000);
  const tasks = useOpenTasksDueBy(endOfDay(now));
  const station = useStationCode();
  const [done, setDone] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  const complete = async (id: string, label: string) => {
    setFailed(false);
    try {
      await setTaskStatus(database(), id, 'verwerkt', { actor: actorFor(station) });
      setDone(label);
    } catch (error) {
      console.error('Completing the task failed', error);
      setFailed(true);
    }
  };

  const overdue = tasks?.filter((entry) => entry.task.dueAt < now.toISOString()).length ?? 0;

  return (
    <section className="panel tasks-today" aria-labelledby="tasks-today-title">
      <h2 id="tasks-today-title">
        {t('tasks.title')}
        {tasks && tasks.length > 0 ? <Badge>{tasks.length}</Badge> : null}
        {overdue > 0 ? <span className="overdue-count">{t('tasks.overdueCount', { count: overdue })}</span> : null}
      </h2>
      <p className="visually-hidden" role="status">
        {done ? t('tasks.doneAnnouncement', { task: done }) : ''}
      </p>
      {failed ? (
        <ErrorMessage>{t('tasks.failed')}</ErrorMessage>
      ) : null}
      <ListState items={tasks} loading={t('common:loading')} empty={t('tasks.empty')}>
        {(list) => (
          <ul className="task-list">
            {list.map(({ task, caseNumber, visitor, question }) => {
              const isOverdue = task.dueAt < now.toISOString();
              // Stored in Dutch (Klantinteracties gevraagdeHandeling); shown in the UI language.
              const action = task.action === CALLBACK_ACTION ? t('tasks.callback') : task.action;
              const label = `${action} ${caseNumber ?? ''}`.trim();
              const dueText = sameDay(new Date(task.dueAt), now) ? format.time(task.dueAt) : `${format.day(task.dueAt)} ${format.time(task.dueAt)}`;
              return (
                <li key={task.id} className="task" data-overdue={isOverdue || undefined}>
                  <div className="task-when">
                    {isOverdue ? (
                      <WarningFlag>{t('tasks.overdue')}</WarningFlag>
                    ) : (
                      <span className="task-due-label">{t('tasks.due')}</span>
                    )}
                    <time dateTime={task.dueAt} className="task-time">
                      {dueText}
                    </time>
                  </div>
                  <div className="task-what">
                    <span className="task-action">
                      {action}
                      {visitor?.name ? <span className="task-name">{visitor.name}</span> : null}
                      {visitor?.phone ? (
                        <a className="task-phone" href={telHref(visitor.phone)}>
                          {visitor.phone}
                        </a>
                      ) : null}
                    </span>
                    {question ? (
                      <span className="task-question" title={question}>
                        {question}
                      </span>
                    ) : null}
                    <span className="task-assignee">
                      {t('tasks.for', { assignee: task.assignee })}
                      {caseNumber ? (
                        <Link className="case-link" href={routeHref('cases', task.caseId)}>
                          {caseNumber}
                        </Link>
                      ) : null}
                    </span>
                  </div>
                  <Button size="small" onPress={() => void complete(task.id, label)} aria-label={t('tasks.completeLabel', { task: label })}>
                    {t('tasks.complete')}
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
      </ListState>
    </section>
  );
}
