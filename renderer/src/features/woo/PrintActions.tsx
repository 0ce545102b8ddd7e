import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Select } from '../../ui';
import { isReceiptLanguage, RECEIPT_LANGUAGES, type ReceiptLanguage } from '../../../../shared/print/language';
import { printDocument, type PrintTarget } from './documents';

type Status = { kind: 'printed' } | { kind: 'saved'; path: string } | { kind: 'failed' } | null;

/** "Afdrukken" and "Opslaan als pdf" for one document, with the outcome announced. */
export function PrintActions({ build, what }: { build: () => { html: string; title: string }; what: string }) {
  const { t } = useTranslation('woo');
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const run = async (target: PrintTarget) => {
    setBusy(true);
    setStatus(null);
    const result = await printDocument(build(), target);
    setBusy(false);
    if (result.ok) setStatus(result.savedTo ? { kind: 'saved', path: result.savedTo } : { kind: 'printed' });
    else if (!result.cancelled) setStatus({ kind: 'failed' });
  };
  return (
    <div className="woo-print-actions">
      <Button variant="primary" isDisabled={busy} onPress={() => void run('printer')}>
        {t('print.print', { what })}
      </Button>
      <Button isDisabled={busy} onPress={() => void run('pdf')}>
        {t('print.pdf', { what })}
      </Button>
      <p role="status" className="woo-print-status" data-kind={status?.kind}>
        {status?.kind === 'printed' ? t('print.done') : status?.kind === 'saved' ? t('print.saved', { path: status.path }) : status?.kind === 'failed' ? t('print.failed') : null}
      </p>
    </div>
  );
}

/** The language of a document the visitor takes home; each language is named in itself. */
export function ReceiptLanguageSelect({ value, onChange, label }: { value: ReceiptLanguage; onChange: (lng: ReceiptLanguage) => void; label: string }) {
  const { t } = useTranslation('woo');
  return (
    <Select
      className="woo-language"
      label={label}
      value={value}
      onChange={(lng) => isReceiptLanguage(lng) && onChange(lng)}
      options={RECEIPT_LANGUAGES.map((lng) => ({ id: lng, label: t(`receiptLanguage.${lng}`), lang: lng }))}
    />
  );
}
