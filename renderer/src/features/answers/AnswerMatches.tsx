import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerIn, answerLanguages, type Answer } from '../../../../shared/answers/answer';
import { searchAnswers } from '../../../../shared/answers/search';
import { useCentreSettings } from '../../centre';
import { database, type StoredRecord } from '../../db/database';
import { host } from '../../host';
import { Button, ErrorMessage, RefusedLink, Select } from '../../ui';
import { useToday } from '../../ui/clock';
import { answerContactWith } from '../contact';
import { AnswerText } from './AnswerText';
import { printAnswer } from './print';
import { useAnswerIndex } from './store';
import { VisitorView } from './VisitorView';
import './answers.css';

/**
 * The answers that match what staff typed in the desk's one search box, shown above the
 * documents: "people often want an answer, not a pile of documents". An answer opens in place
 * with what can be done with it: use it for the contact, show it large, print it.
 */
export function AnswerMatches({ query }: { query: string }) {
  const { t } = useTranslation('answers');
  const index = useAnswerIndex();
  const [openId, setOpenId] = useState<string>();
  const matches = useMemo(() => (index ? searchAnswers(index, query) : []), [index, query]);
  if (!matches.length) return null;
  return (
    <section className="panel answer-matches" aria-labelledby="answer-matches-title">
      <h2 id="answer-matches-title" className="answer-matches-title">
        {t('matches.title', { count: matches.length })}
      </h2>
      <ul className="answer-list">
        {matches.map((answer) => (
          <li key={answer.id}>
            <AnswerCard answer={answer} open={openId === answer.id} onToggle={() => setOpenId(openId === answer.id ? undefined : answer.id)} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function AnswerCard({ answer, open, onToggle }: { answer: Answer; open: boolean; onToggle: () => void }) {
  const { t, i18n } = useTranslation('answers');
  const centre = useCentreSettings();
  const today = useToday();
  const languages = answerLanguages(answer);
  const [language, setLanguage] = useState(languages.includes(i18n.language) ? i18n.language : 'nl');
  const [showing, setShowing] = useState(false);
  const [problem, setProblem] = useState<'print'>();
  // A link the host would not open (refused) or could not open (failed), with its address.
  const [unopened, setUnopened] = useState<{ url: string; refused: boolean }>();
  const openLink = (url: string) => {
    setUnopened(undefined);
    void host.openLink(url).then(
      (ok) => setUnopened(ok ? undefined : { url, refused: true }),
      () => setUnopened({ url, refused: false }),
    );
  };
  const detailId = `answer-${answer.id}`;
  const print = async () => {
    setProblem(undefined);
    if (!(await printAnswer(answer, language, centre, today))) setProblem('print');
  };
  return (
    <article className="answer-card" aria-labelledby={`${detailId}-title`}>
      <h3 id={`${detailId}-title`} className="answer-card-heading">
        <button type="button" className="answer-card-toggle" aria-expanded={open} aria-controls={detailId} onClick={onToggle} data-answer={answer.id}>
          <span className="answer-card-title">{answer.title}</span>
          {!open ? <span className="answer-card-snippet">{snippet(answer.body)}</span> : null}
        </button>
      </h3>
      {open ? (
        <div id={detailId} className="answer-card-detail">
          <AnswerText text={answer.body} />
          {answer.links.length ? (
            <ul className="answer-links" aria-label={t('links')}>
              {answer.links.map((link) => (
                <li key={link.url}>
                  <Button variant="quiet" size="small" onPress={() => openLink(link.url)}>
                    {link.label}
                  </Button>{' '}
                  <span className="answer-url">{link.url}</span>
                </li>
              ))}
            </ul>
          ) : null}
          <LinkedDocuments ids={answer.documentIds} onOpen={openLink} />
          <div className="answer-actions">
            <Button variant="primary" onPress={() => answerContactWith(answer)}>
              {t('use')}
            </Button>
            <Button onPress={() => setShowing(true)}>{t('show')}</Button>
            <Select
              label={t('language')}
              layout="inline"
              value={language}
              onChange={setLanguage}
              options={languages.map((lng) => ({ id: lng, label: t(`languages.${lng}`), lang: lng }))}
            />
            <Button onPress={() => void print()}>{t('print')}</Button>
          </div>
          {problem === 'print' ? <ErrorMessage>{t('printFailed')}</ErrorMessage> : null}
          {unopened ? (
            <RefusedLink
              message={t(unopened.refused ? 'common:externalLink.refused' : 'common:externalLink.failed')}
              url={unopened.url}
              addressLabel={t('common:externalLink.address')}
            />
          ) : null}
          <VisitorView isOpen={showing} onClose={() => setShowing(false)} text={answerIn(answer, language)} />
        </div>
      ) : null}
    </article>
  );
}

/** The start of the answer, for recognising it in the list. */
function snippet(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 157).trimEnd()}…` : flat;
}

/** The catalogue documents the coordinator linked to the answer, as far as this desk has them. */
function LinkedDocuments({ ids, onOpen }: { ids: string[]; onOpen: (url: string) => void }) {
  const { t } = useTranslation('answers');
  const documents = useLiveQuery(async () => (ids.length ? (await database().documents.bulkGet(ids)).filter((d): d is StoredRecord => d !== undefined && !d.deleted) : []), [ids.join(',')]);
  if (!documents?.length) return null;
  return (
    <ul className="answer-links" aria-label={t('documents')}>
      {documents.map((document) => (
        <li key={document.id}>
          <Button variant="quiet" size="small" onPress={() => onOpen(String(document.source))}>
            {String(document.title)}
          </Button>
        </li>
      ))}
    </ul>
  );
}
