import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';
import type { IsoDate } from '../../../../shared/calendar/isoDate';
import { toZgwZaak } from '../../../../shared/export/zgw';
import type { CaseRecord } from '../../../../shared/model/case';
import type { ReceiptLanguage } from '../../../../shared/print/language';
import type { WooTerm } from '../../../../shared/woo/deadline';
import type { WooRequestRecord } from '../../../../shared/woo/request';
import { host } from '../../host';
import { actorName } from '../../workstation';
import { formalRequestHtml, receiptHtml } from './documents';
import { PrintActions, ReceiptLanguageSelect } from './PrintActions';
import { useWooHistory } from './repository';
import { useWooSettings } from './settings';

interface Props {
  request: WooRequestRecord;
  caseRecord: CaseRecord | undefined;
  term: WooTerm;
  today: IsoDate;
  actor: string | undefined;
  language: ReceiptLanguage;
  onLanguage: (lng: ReceiptLanguage) => void;
}

/** The papers of a request: the visitor's receipt, the formal request for the body, and the ZGW export. */
export function RequestDocuments({ request, caseRecord, term, today, actor, language, onLanguage }: Props) {
  const { t } = useTranslation('woo');
  const settings = useWooSettings();
  const history = useWooHistory(request.id);
  const [exportStatus, setExportStatus] = useState<'saved' | 'failed' | null>(null);
  // The formal request is signed by whoever took it in: the filing's actor, by name when that staff
  // member signed in at this desk (the workstation when nobody was signed in).
  const staff = actorName(history?.[0]?.actor ?? actor ?? '');

  const exportZgw = async () => {
    const zaak = toZgwZaak(request, { ...(caseRecord ? { caseNumber: caseRecord.number } : {}), extraHolidays: settings.extraHolidays });
    const result = await host.saveFile({
      suggestedName: `zaak-${caseRecord?.number ?? request.id}.json`,
      mimeType: 'application/json',
      data: `${JSON.stringify(zaak, null, 2)}\n`,
    });
    setExportStatus(result.ok ? 'saved' : result.cancelled ? null : 'failed');
  };

  return (
    <section className="panel" aria-labelledby="woo-docs-title">
      <h2 id="woo-docs-title">{t('detail.documents')}</h2>
      <div className="woo-doc">
        <h3>{t('detail.receipt')}</h3>
        <p className="woo-description">{t('detail.receiptHint')}</p>
        <ReceiptLanguageSelect label={t('detail.receiptLanguage')} value={language} onChange={onLanguage} />
        <PrintActions what={t('detail.receiptWhat')} build={() => receiptHtml(request, caseRecord?.number ?? '', language, settings.centre, today, { caseRecord, extraHolidays: settings.extraHolidays })} />
      </div>
      <div className="woo-doc">
        <h3>{t('detail.formal')}</h3>
        <p className="woo-description">{t('detail.formalHint', { body: request.bestuursorgaan.name })}</p>
        <PrintActions what={t('detail.formalWhat')} build={() => formalRequestHtml(request, caseRecord, term, { centre: settings.centre, staff, today })} />
      </div>
      <div className="woo-doc">
        <h3>{t('detail.export')}</h3>
        <p className="woo-description">{t('detail.exportHint')}</p>
        <div className="woo-print-actions">
          <Button onPress={() => void exportZgw()}>
            {t('detail.exportButton')}
          </Button>
          <p role="status" className="woo-print-status">
            {exportStatus === 'saved' ? t('detail.exported') : exportStatus === 'failed' ? t('detail.exportFailed') : null}
          </p>
        </div>
      </div>
    </section>
  );
}
