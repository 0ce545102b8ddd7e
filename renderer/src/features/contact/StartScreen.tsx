import { Link } from 'react-aria-components';
import { Pencil } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { readDraft } from '../../app/drafts';
import { routeHref } from '../../app/route';
import { intakeHasContent, type IntakeDraft } from '../../../../shared/model/intake';
import { Badge, ButtonLink, ListState, PageHeader } from '../../ui';
import { INTAKE_DRAFT_KEY } from './draftKeys';
import { startOfDay, useNow } from '../../ui/clock';
import { useFormatters } from '../../ui/format';
import { NewContactButton } from './NewContactButton';
import { useContactsSince } from './repository';
import { SavedNotice } from './SavedNotice';
import { TasksToday } from './TasksToday';
import { WorkstationDialog } from './WorkstationDialog';
import './intake.css';
import { WooDueThisWeek } from '../woo';

/**
 * `#/contact`, the desk's start screen: start a contact, see what was saved, the callbacks due
 * today and today's contacts. Nothing on it names a visitor: the screen may face the public.
 */
export function StartScreen() {
  const { t } = useTranslation('intake');
  const draft = readDraft<IntakeDraft>(INTAKE_DRAFT_KEY);
  const format = useFormatters();
  return (
    <>
      <PageHeader
        title={t('start.title')}
        actions={
          <>
            <WorkstationDialog />
            <NewContactButton variant="page" />
          </>
        }
      />
      <SavedNotice placement="start" />
      {draft && intakeHasContent(draft) ? (
        <div className="notice notice-draft">
          <Pencil className="notice-icon" aria-hidden="true" size={20} />
          <div className="notice-body">
            <p className="notice-title">{t('start.draftTitle')}</p>
            <p>{t('start.draftBody', { time: format.time(draft.startedAt) })}</p>
          </div>
          <div className="notice-actions">
            <ButtonLink size="small" href={routeHref('contact', 'new')}>
              {t('start.draftContinue')}
            </ButtonLink>
          </div>
        </div>
      ) : null}
      <div className="start-panels">
        {/* Panels from other features come first, above the desk's own lists. */}
        <WooDueThisWeek />
        <TasksToday />
        <ContactsToday />
      </div>
    </>
  );
}

function ContactsToday() {
  const { t } = useTranslation('intake');
  const format = useFormatters();
  const now = useNow(60_000);
  const contacts = useContactsSince(startOfDay(now));
  return (
    <section className="panel contacts-today" aria-labelledby="contacts-today-title">
      <h2 id="contacts-today-title">
        {t('today.title')}
        {contacts && contacts.length > 0 ? <Badge>{contacts.length}</Badge> : null}
      </h2>
      <ListState items={contacts} loading={t('common:loading')} empty={t('today.empty')}>
        {(list) => (
          <ul className="contact-list">
            {list.map(({ contact, caseNumber, caseTopic }) => (
              <li key={contact.id} className="contact-row">
                <time dateTime={contact.startedAt} className="contact-time">
                  {format.time(contact.startedAt)}
                </time>
                <span className="contact-what">
                  <span className="contact-topic">{contact.topic || caseTopic || t('today.noTopic')}</span>
                  <span className="contact-meta">
                    {t(`channel.${contact.channel}`)} · {t(`outcome.${contact.outcome}`)}
                  </span>
                </span>
                {caseNumber ? (
                  <Link className="case-link" href={routeHref('cases', contact.caseId)}>
                    {caseNumber}
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </ListState>
    </section>
  );
}
