import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../shared/model/case';
import { useFormatters } from '../../ui/format';

/** One line that identifies a case without reading the whole file: number, topic, visitor, date. */
export function CaseLine({ record }: { record: CaseRecord }) {
  const { t } = useTranslation('intake');
  const format = useFormatters();
  return (
    <span className="case-line">
      <span className="case-number">{record.number}</span>
      <span className="case-line-meta">
        {[record.topic, record.visitor?.name, format.date(record.createdAt), t(`caseStatus.${record.status}`)].filter(Boolean).join(' · ')}
      </span>
      <span className="case-line-question">{record.question}</span>
    </span>
  );
}
