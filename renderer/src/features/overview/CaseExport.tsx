import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { database } from '../../db/database';
import { host } from '../../host';
import { Button, Checkbox, ErrorMessage } from '../../ui';
import { useActor } from '../../workstation';
import type { CaseFilter, CaseRow } from '../../../../shared/cases/history';
import { caseExportFile } from './exports';

/**
 * Export of the filtered case list. Personal data only with the box ticked; that choice is
 * written to the audit trail (which columns, by whom, when) before the file is made.
 */
export function CaseExport({ rows, filter }: { rows: readonly CaseRow[]; filter: CaseFilter }) {
  const { t } = useTranslation('overview');
  const actor = useActor();
  const [personal, setPersonal] = useState(false);
  const [state, setState] = useState<'idle' | 'busy' | 'saved' | 'failed'>('idle');
  const name = `zaken-${filter.from ?? 'begin'}-${filter.to ?? 'nu'}`;

  async function save(kind: 'csv' | 'xlsx') {
    setState('busy');
    try {
      const file = await caseExportFile(database(), rows, { kind, includePersonal: personal, actor, name });
      const result = await host.saveFile(file);
      setState(result.ok ? 'saved' : result.cancelled ? 'idle' : 'failed');
    } catch {
      setState('failed');
    }
  }

  return (
    <section className="panel overview-export" aria-labelledby="overview-export-title">
      <h2 id="overview-export-title">{t('export.casesTitle')}</h2>
      <p>{t('export.casesHint', { count: rows.length })}</p>
      <Checkbox isSelected={personal} onChange={setPersonal}>{t('export.personal')}</Checkbox>
      {personal ? <p className="overview-warning">{t('export.personalWarning')}</p> : null}
      <div className="overview-actions">
        <Button onPress={() => void save('csv')} isDisabled={state === 'busy'}>{t('export.csv')}</Button>
        <Button onPress={() => void save('xlsx')} isDisabled={state === 'busy'}>{t('export.xlsx')}</Button>
      </div>
      <p role="status">{state === 'saved' ? t('export.saved') : state === 'busy' ? t('export.busy') : ''}</p>
      {state === 'failed' ? <ErrorMessage alert>{t('export.failed')}</ErrorMessage> : null}
    </section>
  );
}
