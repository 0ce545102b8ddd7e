import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/route';
import { database } from '../../db/database';
import { Badge, Button, ButtonLink, Checkbox, DataTable, Dialog, DialogActions, DialogTrigger, EmptyState, ErrorMessage, PageHeader } from '../../ui';
import { useFormatters } from '../../ui/format';
import { useActor } from '../../workstation';
import type { AnswerUsed, AttachedDocument, CaseRecord, ContactGuideRoute } from '../../../../shared/model/case';
import { useDossier, type CaseDossier } from './data';
import { casesOfSameVisitor, eraseVisitor } from './repository';

/** 'anna@K7Q' → K7Q; 'werkplek-K7Q' → K7Q; anything else: the actor has no workstation in it. */
export function stationOfActor(actor: string): string {
  const at = /@([A-Z0-9]{2,4})$/.exec(actor);
  if (at) return at[1]!;
  const desk = /^werkplek-([A-Z0-9]{2,4})$/.exec(actor);
  return desk ? desk[1]! : '';
}

/** What a contact adds beyond its text (issue 14): the library answer, documents, "niet gevonden", the guide's route. */
interface ContactDetails {
  answer?: AnswerUsed | undefined;
  documents?: readonly AttachedDocument[] | undefined;
  notFound?: string | undefined;
  route?: ContactGuideRoute | undefined;
}

type Entry = { at: string; kind: 'contact' | 'task' | 'woo'; title: string; text?: string | undefined; done?: boolean; details?: ContactDetails };

function timelineOf(dossier: CaseDossier, t: (key: string, values?: Record<string, unknown>) => string): Entry[] {
  const entries: Entry[] = [];
  for (const c of dossier.contacts) {
    entries.push({
      at: c.startedAt,
      kind: 'contact',
      title: t('dossier.contact', { channel: t(`channel.${c.channel}`), outcome: t(`outcome.${c.outcome}`) }),
      text: c.summary,
      details: { answer: c.answerUsed, documents: c.documentsAttached, notFound: c.notFoundNote, route: c.guideRoute },
    });
  }
  for (const task of dossier.tasks) {
    entries.push({ at: task.createdAt, kind: 'task', title: t('dossier.task', { action: task.action, assignee: task.assignee }), text: task.note, done: task.status === 'verwerkt' });
  }
  for (const w of dossier.woo) {
    entries.push({ at: `${w.receivedOn}T00:00:00.000Z`, kind: 'woo', title: t('dossier.wooReceived', { body: w.bestuursorgaan.name }), text: w.subject });
    for (const s of w.suspensions) {
      entries.push({ at: `${s.requestedOn}T00:00:00.000Z`, kind: 'woo', title: t(`dossier.suspension.${s.kind}`, { until: s.until ?? '…' }) });
      // The day the clock runs again is a step of its own: the coordinator reads when the term resumed.
      if (s.until) entries.push({ at: `${s.until}T00:00:00.000Z`, kind: 'woo', title: t('dossier.resumed') });
    }
    if (w.extension) entries.push({ at: `${w.extension.noticeOn}T00:00:00.000Z`, kind: 'woo', title: t('dossier.extension'), text: w.extension.reason });
    if (w.decision) entries.push({ at: `${w.decision.decidedOn}T00:00:00.000Z`, kind: 'woo', title: t('dossier.decision', { outcome: w.decision.outcome }) });
  }
  return entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/** One case in full: facts, the whole timeline and the audit trail, with the erasure action. */
export function CaseDossierView({ caseId }: { caseId: string }) {
  const { t } = useTranslation('overview');
  const format = useFormatters();
  const dossier = useDossier(caseId);
  if (dossier === undefined) return <EmptyState variant="inline">{t('cases.loading')}</EmptyState>;
  if (dossier === null)
    return (
      <>
        <PageHeader title={t('dossier.gone')} />
        <ButtonLink href={routeHref('overview', 'cases')}>{t('dossier.back')}</ButtonLink>
      </>
    );
  const { record } = dossier;
  const timeline = timelineOf(dossier, t);
  return (
    <>
      <PageHeader
        title={t('dossier.title', { number: record.number })}
        actions={
          <>
            <ButtonLink href={routeHref('overview', 'cases')}>{t('dossier.back')}</ButtonLink>
            <ButtonLink href={routeHref('cases', record.id)}>{t('dossier.openAtDesk')}</ButtonLink>
          </>
        }
      />
      <section className="panel overview-dossier-facts" aria-labelledby="dossier-facts">
        <h2 id="dossier-facts">{t('dossier.facts')}</h2>
        <dl className="facts">
          <dt>{t('filter.kind')}</dt>
          <dd>{t(`kind.${record.kind}`)}</dd>
          <dt>{t('filter.status')}</dt>
          <dd>{t(`status.${record.status}`)}</dd>
          <dt>{t('filter.channel')}</dt>
          <dd>{t(`channel.${record.channel}`)}</dd>
          <dt>{t('filter.topic')}</dt>
          <dd>{record.topic || t('cases.noTopic')}</dd>
          <dt>{t('filter.assignee')}</dt>
          <dd>{record.assignee || t('cases.unassigned')}</dd>
          {record.guideRoute ? (
            <>
              <dt>{t('dossier.guideRoute')}</dt>
              <dd>{t(`routes.${record.guideRoute}`)}</dd>
            </>
          ) : null}
          <dt>{t('dossier.question')}</dt>
          <dd className="pre-line">{record.question || t('dossier.removed')}</dd>
          <dt>{t('dossier.visitor')}</dt>
          <dd>{record.visitor && Object.keys(record.visitor).length ? t('dossier.visitorKnown') : t('dossier.visitorNone')}</dd>
        </dl>
        <EraseVisitor caseId={record.id} hasVisitor={Boolean(record.visitor && Object.keys(record.visitor).length)} />
      </section>
      <section className="panel" aria-labelledby="dossier-timeline">
        <h2 id="dossier-timeline">{t('dossier.timeline')}</h2>
        <p className="overview-muted">{t('dossier.timelineNote')}</p>
        {timeline.length === 0 ? (
          <EmptyState variant="inline">{t('dossier.noTimeline')}</EmptyState>
        ) : (
          <ol className="overview-timeline">
            {timeline.map((entry, i) => (
              <li key={i} data-kind={entry.kind}>
                <span className="overview-timeline-kind">{t(`dossier.kind.${entry.kind}`)}</span>
                <time dateTime={entry.at}>{entry.kind === 'woo' ? format.calendarDate(entry.at.slice(0, 10)) : format.dateTime(entry.at)}</time>
                <strong>{entry.title}</strong>
                {entry.done ? <Badge tone="ok">{t('dossier.done')}</Badge> : null}
                {entry.text ? <p className="pre-line">{entry.text}</p> : null}
                {entry.details ? <ContactDetailsView details={entry.details} /> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="panel" aria-labelledby="dossier-audit">
        <h2 id="dossier-audit">{t('dossier.audit')}</h2>
        {dossier.audit.length === 0 ? (
          <EmptyState variant="inline">{t('dossier.noAudit')}</EmptyState>
        ) : (
          <DataTable className="overview-table" caption={t('dossier.auditCaption', { number: record.number })} columns={[t('dossier.when'), t('dossier.who'), t('dossier.station'), t('dossier.what'), t('dossier.fields')]}>
            {dossier.audit.map((event) => (
              <tr key={event.id}>
                <td>
                  <time dateTime={event.at}>{format.dateTime(event.at)}</time>
                </td>
                <td>{event.actor}</td>
                <td>{stationOfActor(event.actor) || '–'}</td>
                <td>
                  {event.action} <span className="overview-muted">({t(`entity.${event.entity}`)})</span>
                </td>
                <td>{event.fields.join(', ') || '–'}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}

function ContactDetailsView({ details }: { details: ContactDetails }) {
  const { t, i18n } = useTranslation(['overview', 'search']);
  const { answer, documents, notFound, route } = details;
  // A document's Woo information category by its name, as the finder shows it; an unknown code as is.
  const category = (code: string) => (i18n.exists(`search:categories.${code}`) ? t(`search:categories.${code}`) : code);
  return (
    <>
      {answer ? <p>{t('dossier.answerUsed', { title: answer.title, revision: answer.revision })}</p> : null}
      {documents?.length ? (
        <div className="overview-timeline-documents">
          <p>{t('dossier.documents', { count: documents.length })}</p>
          <ul>
            {documents.map((document) => (
              <li key={document.id}>{document.category ? `${document.title} (${category(document.category)})` : document.title}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {notFound ? <p>{t('dossier.notFound', { note: notFound })}</p> : null}
      {route ? <p className="overview-muted">{t('dossier.route', { route: t(`routes.${route}`) })}</p> : null}
    </>
  );
}

/**
 * "Remove this visitor's data" (erasure on request, AVG art. 17), with confirmation; audited and
 * synced. The visitor asks for their data to go, so the dialog also offers the same visitor's other
 * cases (same phone number or e-mail address); each is erased only when ticked.
 */
function EraseVisitor({ caseId, hasVisitor }: { caseId: string; hasVisitor: boolean }) {
  const { t } = useTranslation('overview');
  const actor = useActor();
  // For an AVG request the coordinator must know exactly which cases were and were not erased.
  const [state, setState] = useState<{ done: string[]; failed: string[] } | 'failed' | null>(null);
  return (
    <div className="overview-erase">
      <DialogTrigger>
        <Button variant="danger">{t('erase.button')}</Button>
        <Dialog title={t('erase.title')} role="alertdialog">
          {({ close }) => (
            <EraseChoice
              caseId={caseId}
              hasVisitor={hasVisitor}
              onCancel={close}
              onConfirm={async (others) => {
                try {
                  const report = await eraseVisitor(database(), [caseId, ...others], actor);
                  const numberOf = async (id: string) => String(((await database().cases.get(id)) as CaseRecord | undefined)?.number ?? id);
                  setState({ done: await Promise.all(report.done.map(numberOf)), failed: await Promise.all(report.failed.map((entry) => numberOf(entry.id))) });
                } catch {
                  setState('failed');
                }
                close();
              }}
            />
          )}
        </Dialog>
      </DialogTrigger>
      <p role="status">
        {state && state !== 'failed' && !state.failed.length ? (state.done.length > 1 ? t('erase.doneMany', { count: state.done.length }) : t('erase.done')) : ''}
      </p>
      {state === 'failed' ? <ErrorMessage alert>{t('erase.failed')}</ErrorMessage> : null}
      {state && state !== 'failed' && state.failed.length ? (
        <ErrorMessage alert>
          {state.done.length
            ? t('erase.failedSome', { failed: state.failed.join(', '), done: state.done.join(', ') })
            : t('erase.failedCases', { failed: state.failed.join(', ') })}
        </ErrorMessage>
      ) : null}
    </div>
  );
}

function EraseChoice({ caseId, hasVisitor, onCancel, onConfirm }: { caseId: string; hasVisitor: boolean; onCancel: () => void; onConfirm: (others: string[]) => Promise<void> }) {
  const { t } = useTranslation('overview');
  const [others, setOthers] = useState<CaseRecord[] | undefined>(hasVisitor ? undefined : []);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  // Erasing runs over several cases: a second press must not start it again.
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!hasVisitor) return;
    let live = true;
    casesOfSameVisitor(database(), caseId)
      .then((found) => live && setOthers(found))
      .catch(() => live && setOthers([]));
    return () => {
      live = false;
    };
  }, [caseId, hasVisitor]);
  return (
    <>
      <p>{t('erase.body')}</p>
      {!hasVisitor ? <p>{t('erase.noVisitor')}</p> : null}
      {others === undefined ? (
        <p role="status">{t('erase.searching')}</p>
      ) : others.length ? (
        <fieldset className="overview-erase-others">
          <legend>{t('erase.otherCases', { count: others.length })}</legend>
          {others.map((other) => (
            <Checkbox
              key={other.id}
              isSelected={chosen.has(other.id)}
              onChange={(on) =>
                setChosen((current) => {
                  const next = new Set(current);
                  if (on) next.add(other.id);
                  else next.delete(other.id);
                  return next;
                })
              }
            >
              {t('erase.otherCase', { number: other.number, status: t(`status.${other.status}`) })}
            </Checkbox>
          ))}
        </fieldset>
      ) : null}
      {busy ? <p role="status">{t('erase.busy')}</p> : null}
      <DialogActions>
        <Button onPress={onCancel} isDisabled={busy}>
          {t('erase.cancel')}
        </Button>
        <Button
          variant="danger"
          isDisabled={others === undefined || busy}
          onPress={() => {
            setBusy(true);
            void onConfirm([...chosen]).finally(() => setBusy(false));
          }}
        >
          {chosen.size ? t('erase.confirmMany', { count: chosen.size + 1 }) : t('erase.confirm')}
        </Button>
      </DialogActions>
    </>
  );
}
