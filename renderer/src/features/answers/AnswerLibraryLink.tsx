import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/route';
import { ButtonLink } from '../../ui';
import { useStaffRole } from '../../workstation';
import { ANSWER_LIBRARY_SEGMENT } from './AnswerLibraryScreen';

/** The way into the answer library's editor, under the search screen, for coordinators only. */
export function AnswerLibraryLink() {
  const { t } = useTranslation('answers');
  const role = useStaffRole();
  if (role !== null && role !== 'coordinator' && role !== 'admin') return null;
  return (
    <section className="panel answer-library-entry" aria-labelledby="answer-library-entry">
      <h2 id="answer-library-entry" className="answer-matches-title">
        {t('library.title')}
      </h2>
      <p className="answer-library-meta">{t('library.hint')}</p>
      <ButtonLink href={routeHref('search', ANSWER_LIBRARY_SEGMENT)}>{t('openLibrary')}</ButtonLink>
    </section>
  );
}
