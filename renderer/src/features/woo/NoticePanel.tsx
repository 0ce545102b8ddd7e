import { useState } from 'react';
import { Label, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';
import { newDeadlineNotice, noticeText } from '../../../../shared/woo/notice';
import type { WooRequestRecord, WooSuspension } from '../../../../shared/woo/request';
import type { CaseRecord } from '../../../../shared/model/case';
import { receiptLanguageFor, type ReceiptLanguage } from '../../../../shared/print/language';
import { noticeLetterHtml } from './documents';
import { useToday } from '../../ui/clock';
import { PrintActions, ReceiptLanguageSelect } from './PrintActions';
import { useWooSettings } from './settings';

/**
 * After a suspension the requester is told the new decision date (Woo art. 4.4 lid 4 after a
 * zienswijze). The Dutch message is ready to copy into an e-mail; the letter prints in the
 * visitor's language.
 */
export function NoticePanel({
  request,
  caseRecord,
  suspension,
  onClose,
}: {
  request: WooRequestRecord;
  caseRecord: CaseRecord | undefined;
  suspension: WooSuspension;
  onClose?: () => void;
}) {
  const { t } = useTranslation('woo');
  const settings = useWooSettings();
  const today = useToday();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const [language, setLanguage] = useState<ReceiptLanguage>(receiptLanguageFor(caseRecord?.visitor?.language) ?? 'nl');
  if (!request.decideBy || !suspension.until) return null;
  const decideBy = request.decideBy;
  const notice = newDeadlineNotice({
    caseNumber: caseRecord?.number ?? '',
    ...(caseRecord?.visitor?.name ? { requesterName: caseRecord.visitor.name } : {}),
    receivedOn: request.receivedOn,
    suspension,
    decideBy: request.decideBy,
    extended: request.extension !== undefined,
    centreName: settings.centre.name,
  });
  const text = noticeText(notice);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <section className="panel woo-notice" aria-labelledby="woo-notice-title">
      <h2 id="woo-notice-title">{t('notice.title')}</h2>
      <p>{t('notice.explain')}</p>
      <TextField className="ui-field" value={text} isReadOnly>
        <Label className="ui-label">{t('notice.message')}</Label>
        <TextArea className="ui-input woo-notice-text" rows={14} lang="nl" />
      </TextField>
      <div className="woo-actions">
        <Button onPress={() => void copy()}>
          {t('notice.copy')}
        </Button>
        {onClose ? (
          <Button onPress={onClose}>
            {t('notice.close')}
          </Button>
        ) : null}
        <p role="status" className="woo-print-status">
          {copied === 'yes' ? t('notice.copied') : copied === 'failed' ? t('notice.copyFailed') : null}
        </p>
      </div>
      <ReceiptLanguageSelect label={t('notice.letterLanguage')} value={language} onChange={setLanguage} />
      <PrintActions
        what={t('notice.letter')}
        build={() =>
          noticeLetterHtml({
            language,
            caseNumber: caseRecord?.number ?? '',
            ...(caseRecord?.visitor?.name ? { requesterName: caseRecord.visitor.name } : {}),
            receivedOn: request.receivedOn,
            suspension,
            decideBy,
            extended: request.extension !== undefined,
            centre: settings.centre,
            printedOn: today,
          })
        }
      />
    </section>
  );
}
