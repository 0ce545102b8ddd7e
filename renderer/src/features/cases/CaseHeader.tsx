import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../shared/model/case';
import { Badge, type BadgeTone, EmptyState } from '../../ui';
import { useFormatters } from '../../ui/format';

export const STATUS_TONE: Record<CaseRecord['status'], BadgeTone> = { open: 'brand', waiting: 'warn', closed: 'neutral' };

/** A definition list of the facts that are known; unknown ones are left out. */
function Facts({ facts, className }: { facts: Array<[label: string, value: ReactNode, className?: string]>; className?: string }) {
  return (
    <dl className={className ? `facts ${className}` : 'facts'}>
      {facts.map(([label, value, valueClass]) => (
        <div key={label} className="facts-row">
          <dt>{label}</dt>
          <dd className={valueClass}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The case's facts (status, kind, topic, channel, dates) and the visitor, if known. */
export function CaseHeader({ record }: { record: CaseRecord }) {
  const { t } = useTranslation('cases');
  const format = useFormatters();
  const visitor = record.visitor;
  const visitorFacts: Array<[string, string | undefined, string?]> = visitor
    ? [
        [t('visitor.name'), visitor.name],
        [t('visitor.phone'), visitor.phone],
        [t('visitor.email'), visitor.email],
        [t('visitor.postal'), visitor.postal, 'pre-line'],
        [t('visitor.language'), visitor.language ? t(`intake:languages.${visitor.language}`) : undefined],
        [t('visitor.accessibility'), visitor.accessibility?.length ? visitor.accessibility.map((need) => t(`intake:accessibility.${need}`)).join(', ') : undefined],
      ]
    : [];
  const known = visitorFacts.filter((fact): fact is [string, string, string?] => Boolean(fact[1]));
  return (
    <section className="panel case-header" aria-label={t('case.details')}>
      <Facts
        className="case-facts"
        facts={[
          [t('case.status'), <Badge tone={STATUS_TONE[record.status]}>{t(`intake:caseStatus.${record.status}`)}</Badge>],
          [t('case.kind'), t(`kind.${record.kind}`)],
          [t('case.topic'), record.topic ?? t('case.noTopic')],
          [t('case.channel'), t(`intake:channel.${record.channel}`)],
          [t('case.opened'), format.dateTime(record.createdAt)],
          ...(record.closedAt ? [[t('case.closed'), format.dateTime(record.closedAt)] as [string, string]] : []),
        ]}
      />
      <div className="case-visitor">
        <h2 className="section-title">{t('visitor.title')}</h2>
        {known.length ? <Facts facts={known} /> : <EmptyState variant="inline">{t('visitor.anonymous')}</EmptyState>}
      </div>
    </section>
  );
}
