import { useCallback, useEffect, useState, type Key, type ReactNode } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { conflictDetailSchema, type ConflictDetail } from '../../../../shared/centre/conflicts';
import { newId } from '../../../../shared/ids';
import type { SyncedEntity } from '../../../../shared/model/records';
import { SYNCED_ENTITIES } from '../../../../shared/model/records';
import { hubRequest } from '../../centre';
import { routeHref } from '../../app/route';
import { database, type SyncIssue } from '../../db/database';
import { Badge, Button, EmptyState, ErrorMessage, ListState } from '../../ui';
import { useFormatters } from '../../ui/format';
import { useActor } from '../../workstation';
import { applyConflictChoice, dismissIssue, renumberCase, retryRefused, useDuplicateNumbers, useSyncIssues } from './repository';

const conflictSchema = conflictDetailSchema;
type HubConflict = ConflictDetail;
const listSchema = z.object({ conflicts: z.array(conflictSchema) });

const show = (value: unknown) => (value === undefined || value === null ? '–' : typeof value === 'string' ? value : JSON.stringify(value));

/**
 * The coordinator's inbox (issue 10 point 6): sync conflicts with both values (from the hub),
 * changes the hub refused and notices this desk received (sync v2's syncIssues), and duplicate
 * case numbers. Every resolution is an audited action; a chosen conflict value syncs as a change.
 */
export function Inbox() {
  const { t } = useTranslation('overview');
  return (
    <div className="overview-inbox">
      <Conflicts />
      <Issues />
      <Duplicates />
      <p className="overview-muted">{t('inbox.note')}</p>
    </div>
  );
}

function Conflicts() {
  const { t } = useTranslation('overview');
  const format = useFormatters();
  const actor = useActor();
  const [conflicts, setConflicts] = useState<HubConflict[] | 'unavailable' | undefined>();
  const [failed, setFailed] = useState(false);
  const load = useCallback(() => {
    hubRequest('/centre/conflicts', listSchema)
      .then((list) => setConflicts(list.conflicts))
      .catch(() => setConflicts('unavailable'));
  }, []);
  useEffect(load, [load]);

  async function choose(conflict: HubConflict, choice: 'hub' | 'client') {
    setFailed(false);
    try {
      if (!(SYNCED_ENTITIES as readonly string[]).includes(conflict.entity)) throw new Error('entity');
      // The chosen value becomes an ordinary change (it syncs to every desk); then the hub closes the conflict.
      if (choice === 'client') await applyConflictChoice(database(), conflict.entity as SyncedEntity, conflict.recordId, conflict.field, conflict.clientValue, actor);
      else await database().audit.add(conflictAudit(conflict, actor));
      await hubRequest(`/centre/conflicts/${conflict.id}/resolve`, z.null(), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ choice }),
      });
      load();
    } catch {
      setFailed(true);
    }
  }

  return (
    <section className="panel" aria-labelledby="inbox-conflicts">
      <h2 id="inbox-conflicts">{t('inbox.conflicts')}</h2>
      {failed ? <ErrorMessage alert>{t('inbox.failed')}</ErrorMessage> : null}
      {conflicts === 'unavailable' ? (
        <EmptyState variant="inline">{t('inbox.hubUnavailable')}</EmptyState>
      ) : (
        <InboxList items={conflicts} empty={t('inbox.noConflicts')} keyOf={(c) => c.id}>
          {(c) => (
            <>
              <p>
                <strong>{t('inbox.conflictOn', { field: c.field, entity: t(`entity.${c.entity}`) })}</strong>{' '}
                {c.entity === 'cases' ? <Link href={routeHref('overview', 'case', c.recordId)}>{t('inbox.openCase')}</Link> : null}
              </p>
              <dl className="facts">
                <dt>{t('inbox.hubValue')}</dt>
                <dd>
                  {show(c.hubValue)} <span className="overview-muted">{t('inbox.by', { who: c.hubBy ?? '–', when: c.hubAt ? format.dateTime(c.hubAt) : '–' })}</span>
                </dd>
                <dt>{t('inbox.clientValue')}</dt>
                <dd>
                  {show(c.clientValue)} <span className="overview-muted">{t('inbox.from', { station: c.clientStation ?? t('inbox.unknownStation'), when: format.dateTime(c.createdAt) })}</span>
                </dd>
              </dl>
              {c.field === 'lifecycle' ? (
                // A Woo step is not a value to copy over: it must be valid from the state the request is in
                // now, so the other desk's step is taken again on the request's own screen (or not at all).
                <>
                  <p>
                    {t('inbox.lifecycleHint')} <Link href={routeHref('woo', c.recordId)}>{t('inbox.openWoo')}</Link>
                  </p>
                  <div className="overview-actions">
                    <Button onPress={() => void choose(c, 'hub')}>{t('inbox.keepStep')}</Button>
                  </div>
                </>
              ) : (
                <div className="overview-actions">
                  <Button onPress={() => void choose(c, 'hub')}>{t('inbox.keep', { value: show(c.hubValue) })}</Button>
                  <Button variant="primary" onPress={() => void choose(c, 'client')}>{t('inbox.take', { value: show(c.clientValue) })}</Button>
                </div>
              )}
            </>
          )}
        </InboxList>
      )}
    </section>
  );
}

/** A panel's list of things to resolve: still loading, empty, or one block per item. */
function InboxList<T>({ items, empty, keyOf, children }: { items: readonly T[] | undefined; empty: string; keyOf: (item: T) => Key | undefined; children: (item: T) => ReactNode }) {
  const { t } = useTranslation('overview');
  return (
    <ListState items={items} loading={t('cases.loading')} empty={empty}>
      {(all) => (
        <ul className="overview-inbox-list">
          {all.map((item) => (
            <li key={keyOf(item)} className="overview-inbox-item">
              {children(item)}
            </li>
          ))}
        </ul>
      )}
    </ListState>
  );
}

function conflictAudit(conflict: HubConflict, actor: string) {
  return {
    id: newId(),
    at: new Date().toISOString(),
    actor,
    action: 'conflict.kept',
    entity: conflict.entity as SyncedEntity,
    recordId: conflict.recordId,
    fields: [conflict.field],
  };
}

function Issues() {
  const { t } = useTranslation('overview');
  const format = useFormatters();
  const actor = useActor();
  const issues = useSyncIssues();
  const [failed, setFailed] = useState(false);
  const act = (fn: () => Promise<void>) => {
    setFailed(false);
    fn().catch(() => setFailed(true));
  };
  return (
    <section className="panel" aria-labelledby="inbox-issues">
      <h2 id="inbox-issues">{t('inbox.issues')}</h2>
      {failed ? <ErrorMessage alert>{t('inbox.failed')}</ErrorMessage> : null}
      <InboxList items={issues} empty={t('inbox.noIssues')} keyOf={(issue) => issue.key}>
        {(issue: SyncIssue) => (
          <>
            <p>
              <Badge tone={issue.kind === 'refused' ? 'danger' : 'warn'}>{t(`inbox.kind.${issue.kind}`)}</Badge>{' '}
              {t('inbox.issueOn', { entity: t(`entity.${issue.entity}`), when: format.dateTime(issue.at) })}
            </p>
            <p className="overview-muted">{issue.reason}</p>
            <div className="overview-actions">
              {issue.kind === 'refused' && issue.entry ? <Button onPress={() => act(() => retryRefused(database(), issue, actor))}>{t('inbox.retry')}</Button> : null}
              <Button onPress={() => act(() => dismissIssue(database(), issue, actor))}>{issue.kind === 'refused' ? t('inbox.discard') : t('inbox.acknowledge')}</Button>
            </div>
          </>
        )}
      </InboxList>
    </section>
  );
}

function Duplicates() {
  const { t } = useTranslation('overview');
  const format = useFormatters();
  const actor = useActor();
  const groups = useDuplicateNumbers();
  const [done, setDone] = useState<string | null>(null);
  return (
    <section className="panel" aria-labelledby="inbox-duplicates">
      <h2 id="inbox-duplicates">{t('inbox.duplicates')}</h2>
      <p role="status">{done ? t('inbox.renumbered', { number: done }) : ''}</p>
      <InboxList items={groups} empty={t('inbox.noDuplicates')} keyOf={(group) => group.number}>
        {(group) => (
          <>
            <p>
              <strong>{t('inbox.duplicateNumber', { number: group.number, count: group.cases.length })}</strong>
            </p>
            <ul>
              {group.cases.map((c, i) => (
                <li key={c.id}>
                  <Link href={routeHref('overview', 'case', c.id)}>{t('inbox.duplicateCase', { when: format.dateTime(c.createdAt), topic: c.topic ?? '' })}</Link>{' '}
                  {i > 0 ? (
                    <Button size="small" onPress={() => void renumberCase(database(), c.id, actor).then(setDone)}>
                      {t('inbox.renumber')}
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </InboxList>
    </section>
  );
}
