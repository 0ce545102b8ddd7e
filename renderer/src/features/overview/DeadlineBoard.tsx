import { useMemo, useRef, useState } from 'react';
import { CircleCheck, CirclePause, OctagonX, TriangleAlert, type LucideIcon } from 'lucide-react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CaseRecord, TaskRecord } from '../../../../shared/model/case';
import { OPEN_WOO_STATUSES, type WooRequestRecord } from '../../../../shared/woo/request';
import { useCentreSettings } from '../../centre';
import { routeHref } from '../../app/route';
import { database } from '../../db/database';
import { Badge, Button, Checkbox, DataTable, Dialog, DialogActions, DialogTrigger, EmptyState, ErrorMessage, Select, TextField } from '../../ui';
import { useToday } from '../../ui/clock';
import { useFormatters } from '../../ui/format';
import { useActor } from '../../workstation';
import { boardItems, type BoardItem } from './board';
import { AVG_TASK_PREFIX } from './data';
import { assignCases, extendAvgRequest, type BatchReport } from './repository';
import { AvgExtensionError } from '../../../../shared/woo/avgDeadline';
import { computeAvgTerm } from '../../../../shared/woo/deadline';
import type { IsoDate } from '../../../../shared/calendar/isoDate';

async function loadBoardInput() {
  const db = database();
  const [woo, avgTasks] = await Promise.all([
    db.wooRequests.where('status').anyOf([...OPEN_WOO_STATUSES]).filter((r) => !r.deleted).toArray(),
    db.tasks.where('status').equals('te_verwerken').filter((r) => !r.deleted && String(r.action).startsWith(AVG_TASK_PREFIX)).toArray(),
  ]);
  const caseIds = [...new Set([...woo.map((r) => r.caseId as string), ...avgTasks.map((r) => r.caseId as string)])];
  const cases = (await db.cases.bulkGet(caseIds)).filter(Boolean) as unknown as CaseRecord[];
  return { woo: woo as unknown as WooRequestRecord[], avgTasks: avgTasks as unknown as TaskRecord[], cases: new Map(cases.map((c) => [c.id, c])) };
}

// A different shape per state, so the light never depends on colour alone (WCAG 1.4.1).
const LIGHT_ICON: Record<BoardItem['light']['state'], LucideIcon> = { overdue: OctagonX, 'due-soon': TriangleAlert, 'on-track': CircleCheck, suspended: CirclePause };
const LIGHT_TONE = { overdue: 'danger', 'due-soon': 'warn', 'on-track': 'ok', suspended: 'neutral' } as const;

function LightIcon({ state }: { state: BoardItem['light']['state'] }) {
  const Icon = LIGHT_ICON[state];
  return <Icon className="overview-light-icon" aria-hidden="true" size={14} />;
}

/** Every open Woo and AVG request by urgency; assign or reassign one or many. */
export function DeadlineBoard() {
  const { t } = useTranslation('overview');
  const today = useToday();
  const actor = useActor();
  const centre = useCentreSettings();
  const input = useLiveQuery(loadBoardInput, []);
  const items = useMemo(() => (input ? boardItems(input, today, centre?.extraHolidays ?? []) : undefined), [input, today, centre]);
  const [assignee, setAssignee] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [report, setReport] = useState<{ report: BatchReport; to: string } | null>(null);
  const assignees = useMemo(() => [...new Set((items ?? []).map((i) => i.assignee).filter(Boolean))].sort(), [items]);
  const shown = (items ?? []).filter((i) => !assignee || (assignee === '-' ? !i.assignee : i.assignee === assignee));
  const noticeThisWeek = shown.filter((i) => i.extensionNoticeThisWeek);
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  if (!items) return <EmptyState variant="inline">{t('cases.loading')}</EmptyState>;
  return (
    <div className="overview-board">
      <div className="overview-board-bar">
        <Select
          name="boardAssignee"
          label={t('board.filterAssignee')}
          value={assignee || '*'}
          onChange={(v) => setAssignee(v === '*' ? '' : v)}
          options={[{ id: '*', label: t('filter.all') }, { id: '-', label: t('cases.unassigned') }, ...assignees.map((a) => ({ id: a, label: a }))]}
          layout="inline"
        />
        <AssignDialog
          count={selected.size}
          onAssign={async (to) => {
            const caseIds = [...new Set(shown.filter((i) => selected.has(i.id)).map((i) => i.caseId))];
            const result = await assignCases(database(), caseIds, to, actor);
            setReport({ report: result, to });
            setSelected(new Set());
          }}
        />
      </div>
      {report ? <AssignReport {...report} items={items} /> : null}
      {noticeThisWeek.length ? (
        <section className="panel overview-notice-week" aria-labelledby="notice-week">
          <h2 id="notice-week">
            <TriangleAlert className="overview-notice-icon" aria-hidden="true" size={20} />
            {t('board.noticeWeek', { count: noticeThisWeek.length })}
          </h2>
          <p>{t('board.noticeWeekHint')}</p>
        </section>
      ) : null}
      {shown.length === 0 ? (
        <EmptyState>{t('board.none')}</EmptyState>
      ) : (
        <BoardTable items={shown} selected={selected} toggle={toggle} extraHolidays={centre?.extraHolidays ?? []} />
      )}
    </div>
  );
}

function BoardTable({ items, selected, toggle, extraHolidays }: { items: BoardItem[]; selected: ReadonlySet<string>; toggle: (id: string, on: boolean) => void; extraHolidays: readonly IsoDate[] }) {
  const { t } = useTranslation('overview');
  const format = useFormatters();
  const [extendedMessage, setExtendedMessage] = useState('');
  return (
    <>
    <p role="status">{extendedMessage}</p>
    <DataTable className="overview-table overview-board-table" caption={t('board.caption')} columns={[t('board.select'), t('board.case'), t('board.kind'), t('filter.assignee'), t('board.deadline'), t('board.light'), t('board.suspensions'), t('board.extension')]}>
      {items.map((item) => (
        <tr key={item.id} data-state={item.light.state} data-notice-week={item.extensionNoticeThisWeek || undefined}>
          <td>
            <Checkbox isSelected={selected.has(item.id)} onChange={(on) => toggle(item.id, on)}>
              <span className="visually-hidden">{t('board.selectOne', { number: item.caseNumber })}</span>
            </Checkbox>
          </td>
          <td>
            <Link href={item.kind === 'woo' ? routeHref('woo', item.id) : routeHref('overview', 'case', item.caseId)}>{item.caseNumber || '–'}</Link>
          </td>
          <td>{t(`board.kinds.${item.kind}`)}</td>
          <td>{item.assignee || t('cases.unassigned')}</td>
          {/* The date and the days left in one cell, so the board fits a 1280 px desk without scrolling sideways. */}
          <td>
            {item.decideBy ? format.calendarDate(item.decideBy) : t('board.noDeadline')}
            {item.light.daysLeft === null ? null : (
              <span className="overview-subline">{item.light.daysLeft < 0 ? t('board.overdueBy', { count: -item.light.daysLeft }) : t('board.days', { count: item.light.daysLeft })}</span>
            )}
          </td>
          <td>
            <Badge tone={LIGHT_TONE[item.light.state]}>
              <LightIcon state={item.light.state} />
              {t(`board.lights.${item.light.state}`)}
            </Badge>
          </td>
          <td>
            {item.suspendedUntil ? t('board.suspendedUntil', { date: format.calendarDate(item.suspendedUntil) }) : item.suspensions ? t('board.suspendedTimes', { count: item.suspensions }) : '–'}
          </td>
          <td>
            {item.kind === 'avg' ? (
              <AvgExtension item={item} extraHolidays={extraHolidays} onDone={setExtendedMessage} />
            ) : item.extended
              ? t('board.extended')
              : item.extensionNoticePassed
                ? t('board.noticePassed')
                : item.extensionNoticeBy
                ? item.extensionNoticeThisWeek
                  ? <strong>{t('board.noticeBy', { date: format.calendarDate(item.extensionNoticeBy) })}</strong>
                  : t('board.noticeBy', { date: format.calendarDate(item.extensionNoticeBy) })
                : '–'}
          </td>
        </tr>
      ))}
    </DataTable>
    </>
  );
}

/**
 * The extension cell of an AVG access request: extended, or until when it can be, with the action
 * (a reason is required: the data subject must be told why).
 */
function AvgExtension({ item, extraHolidays, onDone }: { item: BoardItem; extraHolidays: readonly IsoDate[]; onDone: (message: string) => void }) {
  const { t } = useTranslation('overview');
  const format = useFormatters();
  const today = useToday();
  const actor = useActor();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  // A second submit while the first runs would be refused as 'already-extended' after the first
  // closed the dialog; the ref guards presses that come before the disabled state is drawn.
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  if (item.extended) return <>{t('board.avgExtended')}</>;
  if (item.extensionNoticeBy === null) return <>–</>;
  if (item.extensionNoticePassed) return <>{t('board.avgNoticePassed')}</>;
  const noticeText = t('board.avgNoticeBy', { date: format.calendarDate(item.extensionNoticeBy) });
  const longer = item.receivedOn ? computeAvgTerm({ receivedOn: item.receivedOn, extended: true, extraHolidays: [...extraHolidays] }).decideBy : null;
  return (
    <>
      {item.extensionNoticeThisWeek ? <strong>{noticeText}</strong> : noticeText}{' '}
      {/* The board's status line speaks of the last extension only until the next one starts. */}
      <DialogTrigger onOpenChange={(open) => open && onDone('')}>
        <Button size="small" aria-label={t('board.avgExtendLabel', { number: item.caseNumber })}>{t('board.avgExtend')}</Button>
        <Dialog title={t('board.avgExtendTitle', { number: item.caseNumber })}>
          {({ close }) => (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                if (running.current) return;
                running.current = true;
                setBusy(true);
                setError(null);
                onDone('');
                extendAvgRequest(database(), item.id, reason, { actor, today, extraHolidays })
                  .then((decideBy) => {
                    onDone(t('board.avgExtendDone', { number: item.caseNumber, date: format.calendarDate(decideBy) }));
                    close();
                  })
                  .catch((e: unknown) => setError(t(`board.avgErrors.${e instanceof AvgExtensionError ? e.reason : 'failed'}`)))
                  .finally(() => {
                    running.current = false;
                    setBusy(false);
                  });
              }}
            >
              {longer ? <p>{t('board.avgExtendBody', { date: format.calendarDate(longer), noticeBy: format.calendarDate(item.extensionNoticeBy!) })}</p> : null}
              <TextField name="avgExtendReason" label={t('board.avgExtendReason')} value={reason} onChange={setReason} autoFocus isRequired />
              {error ? <ErrorMessage alert>{error}</ErrorMessage> : null}
              <DialogActions>
                <Button onPress={close} isDisabled={busy}>
                  {t('erase.cancel')}
                </Button>
                <Button type="submit" variant="primary" isDisabled={busy}>
                  {t('board.avgExtendConfirm')}
                </Button>
              </DialogActions>
            </form>
          )}
        </Dialog>
      </DialogTrigger>
    </>
  );
}

function AssignDialog({ count, onAssign }: { count: number; onAssign: (to: string) => Promise<void> }) {
  const { t } = useTranslation('overview');
  const [to, setTo] = useState('');
  return (
    <DialogTrigger>
      <Button variant="primary" isDisabled={count === 0}>{t('board.assign', { count })}</Button>
      <Dialog title={t('board.assignTitle', { count })}>
        {({ close }) => (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (!to.trim()) return;
              void onAssign(to.trim()).then(close);
            }}
          >
            <TextField name="assignTo" label={t('board.assignTo')} value={to} onChange={setTo} autoFocus isRequired />
            <DialogActions>
              <Button onPress={close}>{t('erase.cancel')}</Button>
              <Button type="submit" variant="primary" isDisabled={!to.trim()}>{t('board.assignConfirm')}</Button>
            </DialogActions>
          </form>
        )}
      </Dialog>
    </DialogTrigger>
  );
}

function AssignReport({ report, to, items }: { report: BatchReport; to: string; items: BoardItem[] }) {
  const { t } = useTranslation('overview');
  const numberOf = (caseId: string) => items.find((i) => i.caseId === caseId)?.caseNumber ?? caseId;
  return (
    <section className="panel overview-report" role="status" aria-labelledby="assign-report">
      <h2 id="assign-report">{t('board.reportTitle', { done: report.done.length, failed: report.failed.length, to })}</h2>
      <ul>
        {report.done.map((id) => (
          <li key={id}>{t('board.reportDone', { number: numberOf(id), to })}</li>
        ))}
        {report.failed.map(({ id, reason }) => (
          <li key={id}>{t('board.reportFailed', { number: numberOf(id), reason })}</li>
        ))}
      </ul>
    </section>
  );
}
