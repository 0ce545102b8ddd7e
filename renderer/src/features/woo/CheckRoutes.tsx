import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { computeAvgTerm, WooTermError } from '../../../../shared/woo/deadline';
import type { WooFilingDraft } from '../../../../shared/woo/filing';
import type { ReceiptLanguage } from '../../../../shared/print/language';
import { database } from '../../db/database';
import { useToday } from '../../ui/clock';
import { useFormatters } from '../../ui/format';
import { workstationSettings } from '../../workstation';
import { BodyPicker } from '../directory';
import { useActor } from './actor';
import { referralHtml } from './documents';
import { Button, DateField, TextAreaField } from '../../ui';
import { PrintActions, ReceiptLanguageSelect } from './PrintActions';
import { recordReferral, routeToAvg } from './repository';
import { useWooSettings } from './settings';
import { TermExplanation } from './TermExplanation';
import { useSaving } from './useSaving';

/** The routes the filing check opens when the matter is not a Woo request for this body. */
export interface RouteProps {
  draft: WooFilingDraft;
  update: (change: (draft: WooFilingDraft) => WooFilingDraft) => void;
  /** Called after the matter was recorded another way (AVG, referral): the draft is done. */
  onSettled: (result: { caseId: string; caseNumber: string; kind: 'avg' | 'referral' }) => void;
}

export function AvgRoute({ draft, update, onSettled }: RouteProps) {
  const { t } = useTranslation('woo');
  const format = useFormatters();
  const today = useToday();
  const actor = useActor();
  const settings = useWooSettings();
  const { saving: busy, saveError: error, save } = useSaving(t('check.saveFailed'));
  const term = useMemo(() => {
    try {
      return computeAvgTerm({ receivedOn: draft.receivedOn, extraHolidays: settings.extraHolidays });
    } catch (e) {
      if (e instanceof WooTermError) return null;
      throw e;
    }
  }, [draft.receivedOn, settings.extraHolidays]);
  const questionMissing = draft.subject.trim() === '';
  const [attempted, setAttempted] = useState(false);

  const record = async () => {
    setAttempted(true);
    if (!actor || !term || questionMissing) return;
    await save(async () => {
      const v = draft.visitor;
      const visitor = Object.fromEntries(Object.entries(v).filter(([, value]) => value.trim() !== ''));
      const routed = await routeToAvg(
        database(),
        {
          ...(draft.caseId ? { caseId: draft.caseId } : {}),
          channel: draft.channel,
          question: draft.subject.trim(),
          ...(Object.keys(visitor).length ? { visitor } : {}),
          receivedOn: draft.receivedOn,
          assignee: workstationSettings().defaultAssignee,
        },
        { actor, today, extraHolidays: settings.extraHolidays },
      );
      onSettled({ caseId: routed.caseId, caseNumber: routed.caseNumber, kind: 'avg' });
    });
  };

  return (
    <div className="woo-route" role="group" aria-labelledby="woo-avg-title">
      <h3 id="woo-avg-title">{t('avg.title')}</h3>
      <p>{t('avg.body')}</p>
      <TextAreaField
        name="avgQuestion"
        label={t('avg.question')}
        value={draft.subject}
        onChange={(subject) => update((d) => ({ ...d, subject }))}
        error={attempted && questionMissing ? t('avg.questionRequired') : undefined}
        isRequired
      />
      <DateField
        name="avgReceivedOn"
        label={t('avg.receivedOn')}
        value={draft.receivedOn}
        max={today}
        onChange={(receivedOn) => update((d) => ({ ...d, receivedOn }))}
        isRequired
      />
      {term ? (
        <div className="woo-deadline-inline">
          <p>
            {t('avg.deadline')} <strong>{format.calendarDate(term.decideBy, { weekday: true })}</strong>
          </p>
          <TermExplanation lines={term.explanation} />
        </div>
      ) : null}
      <RecordRoute label={t('avg.record')} isDisabled={busy || !term || !actor} onRecord={() => void record()} error={error} />
    </div>
  );
}
export function ReferralRoute({
  draft,
  update,
  language,
  onLanguage,
  onSettled,
}: RouteProps & { language: ReceiptLanguage; onLanguage: (lng: ReceiptLanguage) => void }) {
  const { t } = useTranslation('woo');
  const today = useToday();
  const actor = useActor();
  const settings = useWooSettings();
  const { saving: busy, saveError: error, save } = useSaving(t('check.saveFailed'));
  const body = draft.referralBody;
  const written = draft.channel === 'e-mail' || draft.channel === 'post';

  const record = async () => {
    if (!actor || !body) return;
    await save(async () => {
      const saved = await recordReferral(
        database(),
        { ...(draft.caseId ? { caseId: draft.caseId } : {}), channel: draft.channel, question: draft.subject.trim(), body },
        { actor, today, extraHolidays: settings.extraHolidays },
      );
      onSettled({ ...saved, kind: 'referral' });
    });
  };

  return (
    <div className="woo-route" role="group" aria-labelledby="woo-referral-title">
      <h3 id="woo-referral-title">{t('referral.title')}</h3>
      <p>{t('referral.body')}</p>
      {written ? <p className="woo-note">{t('referral.written')}</p> : null}
      <BodyPicker
        label={t('referral.bodyLabel')}
        value={body}
        onChange={(referralBody) => update((d) => ({ ...d, referralBody }))}
        municipality={settings.municipality}
        othersOnly
        isRequired
      />
      <ReceiptLanguageSelect label={t('referral.language')} value={language} onChange={onLanguage} />
      {body ? (
        <PrintActions
          what={t('referral.note')}
          build={() =>
            referralHtml({
              language,
              body: body.name,
              subject: draft.subject,
              centre: settings.centre,
              printedOn: today,
            })
          }
        />
      ) : null}
      <RecordRoute label={t('referral.record')} isDisabled={busy || !body || !actor} onRecord={() => void record()} error={error} />
    </div>
  );
}
/** The record button of a route and, below it, why recording failed. */
function RecordRoute({ label, isDisabled, onRecord, error }: { label: string; isDisabled: boolean; onRecord: () => void; error: string | null }) {
  return (
    <>
      <div className="woo-actions">
        <Button variant="primary" isDisabled={isDisabled} onPress={onRecord}>
          {label}
        </Button>
      </div>
      {error ? (
        <p role="alert" className="woo-error">
          {error}
        </p>
      ) : null}
    </>
  );
}
