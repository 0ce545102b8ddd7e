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

/**
 * Callbacks and other tasks due today, overdue ones first and marked in words and with an icon
 * (not by colour alone). Personal details stay on the case screen: this screen may face the
 * visitor at the desk.
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
            {list.map(({ task, caseNumber }) => {
              const isOverdue = task.dueAt < now.toISOString();
              const label = `${task.action} ${caseNumber ?? ''}`.trim();
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
                    <span className="task-action">{task.action}</span>
                    <span className="task-assignee">{t('tasks.for', { assignee: task.assignee })}</span>
                    {caseNumber ? (
                      <Link className="case-link" href={routeHref('cases', task.caseId)}>
                        {caseNumber}
                      </Link>
                    ) : null}
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
