import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../../shared/calendar/isoDate';
import { callbackDueBy, type WooTerm } from '../../../../shared/woo/deadline';
import type { FilingInput } from '../../../../shared/woo/filing';
import { preciseringAskBy } from '../../../../shared/woo/lifecycle';
import { useFormatters } from '../../ui/format';
import { Button, Checkbox, Dialog, DialogActions } from '../../ui';
import { TermExplanation } from './TermExplanation';

export interface ConfirmFilingProps {
  confirm: { input: FilingInput; term: WooTerm } | null;
  today: IsoDate;
  extraHolidays: readonly IsoDate[];
  saving: boolean;
  canFile: boolean;
  onFile: (options: { callback: boolean }) => void;
  onBack: () => void;
}

/**
 * The last look before filing: the body, the dates that follow from the date of receipt, and the
 * informal approach – a callback task, checked by default, because a phone call first makes
 * handling faster and prevents objections.
 */
export function ConfirmFiling({ confirm, today, extraHolidays, saving, canFile, onFile, onBack }: ConfirmFilingProps) {
  const { t } = useTranslation('woo');
  const format = useFormatters();
  const [callback, setCallback] = useState(true);
  const callbackDue = callbackDueBy(today, extraHolidays).date;

  return (
    <Dialog title={t('confirm.title')} isOpen={confirm !== null} onOpenChange={(open) => !open && !saving && onBack()} isDismissable={!saving}>
      {confirm ? (
        <>
          <dl className="facts">
            <dt>{t('file.bestuursorgaan')}</dt>
            <dd>{confirm.input.bestuursorgaan.name}</dd>
            <dt>{t('file.receivedOn')}</dt>
            <dd>{format.calendarDate(confirm.input.receivedOn, { weekday: true })}</dd>
            <dt>{t('confirm.decideBy')}</dt>
            <dd>
              <strong>{confirm.term.decideBy ? format.calendarDate(confirm.term.decideBy, { weekday: true }) : t('light.suspended')}</strong>
            </dd>
            <dt>{t('confirm.extensionBy')}</dt>
            <dd>{confirm.term.extensionNoticeBy ? format.calendarDate(confirm.term.extensionNoticeBy) : t('light.suspended')}</dd>
            <dt>{t('confirm.preciseringBy')}</dt>
            <dd>{format.calendarDate(preciseringAskBy(confirm.input.receivedOn, extraHolidays))}</dd>
            <dt>{t('file.decisionDelivery')}</dt>
            <dd>{t(`delivery.${confirm.input.decisionDelivery}`)}</dd>
          </dl>
          <TermExplanation lines={confirm.term.explanation} />
          <Checkbox isSelected={callback} onChange={setCallback}>
            {t('confirm.callback', { date: format.calendarDate(callbackDue, { weekday: true }) })}
          </Checkbox>
          <p className="woo-description">{t('confirm.callbackHint')}</p>
          <DialogActions>
            <Button slot="close" isDisabled={saving}>
              {t('confirm.back')}
            </Button>
            <Button variant="primary" autoFocus isDisabled={saving || !canFile} onPress={() => onFile({ callback })}>
              {t('confirm.file')}
            </Button>
          </DialogActions>
        </>
      ) : null}
    </Dialog>
  );
}
