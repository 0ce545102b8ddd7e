import { useState } from 'react';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { RECEIPT_LANGUAGES, receiptDirection, type ReceiptLanguage } from '../../../../shared/print/language';
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
      <Button className="button primary" isDisabled={busy} onPress={() => void run('printer')}>
        {t('print.print', { what })}
      </Button>
      <Button className="button" isDisabled={busy} onPress={() => void run('pdf')}>
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
    <Select className="woo-field woo-language" selectedKey={value} onSelectionChange={(key) => key && onChange(key as ReceiptLanguage)}>
      <Label className="woo-label">{label}</Label>
      <Button className="select-button">
        <SelectValue />
        <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </Button>
      <Popover className="popover">
        <ListBox className="listbox">
          {RECEIPT_LANGUAGES.map((lng) => (
            <ListBoxItem key={lng} id={lng} className="listbox-item" lang={lng} dir={receiptDirection(lng)} textValue={t(`receiptLanguage.${lng}`)}>
              {t(`receiptLanguage.${lng}`)}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
