import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { host } from '../host';
import { Badge, Button, DataTable, ErrorMessage, Select, TextField } from '../ui';
import { SecretField } from './SecretField';
import { ROLES, type Role } from './roles';
import { session, useSession } from './session';

/**
 * Workstations (coordinator, admin) and accounts (admin) on the hub (docs/decisions/071-roles.md).
 * Shown under the Settings area; the hub enforces the same roles on every call.
 */
const userSchema = z.object({ id: z.string(), username: z.string(), displayName: z.string(), role: z.enum(ROLES), disabled: z.boolean(), mustChangePassword: z.boolean() });
const workstationSchema = z.object({ id: z.string(), stationCode: z.string(), name: z.string(), status: z.enum(['pending', 'approved', 'disabled']) });
type User = z.infer<typeof userSchema>;
type Workstation = z.infer<typeof workstationSchema>;

async function hub<T>(path: string, init: { method?: string; body?: unknown } = {}, schema?: z.ZodType<T>): Promise<T> {
  const base = (await host.info()).hubUrl;
  if (!base) throw new Error('no hub');
  const response = await session.authFetch(`${base.replace(/\/$/, '')}${path}`, {
    method: init.method ?? 'GET',
    ...(init.body !== undefined ? { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(init.body) } : {}),
  });
  const json: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new Error((json as { error?: { code?: string } } | null)?.error?.code ?? `http-${response.status}`);
  return schema ? schema.parse(json) : (undefined as T);
}

function useHubList<T>(path: string, key: string, schema: z.ZodType<T>, enabled: boolean) {
  const [items, setItems] = useState<T[]>();
  const [error, setError] = useState<string>();
  const reload = useCallback(async () => {
    if (!enabled) return;
    try {
      const body = await hub(path, {}, z.object({ [key]: z.array(schema) }));
      setItems(body[key] as T[]);
      setError(undefined);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }, [enabled, key, path, schema]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { items, error, reload };
}

export function Administration() {
  const state = useSession();
  const role = state.status === 'active' || state.status === 'locked' ? state.user.role : undefined;
  if (role !== 'coordinator' && role !== 'admin') return null;
  return (
    <div className="administration">
      <Workstations />
      {role === 'admin' ? <Accounts /> : null}
    </div>
  );
}

function Workstations() {
  const { t } = useTranslation('session');
  const { items, error, reload } = useHubList('/workstations', 'workstations', workstationSchema, true);
  const [failed, setFailed] = useState<string>();
  const act = async (station: Workstation, action: 'approve' | 'disable') => {
    try {
      await hub(`/workstations/${station.id}/${action}`, { method: 'POST' });
      setFailed(undefined);
    } catch {
      setFailed(t('admin.failed'));
    }
    await reload();
  };
  return (
    <section className="administration-section" aria-labelledby="admin-workstations">
      <h2 id="admin-workstations">{t('admin.workstations.title')}</h2>
      {error ? <ErrorMessage>{t('admin.unavailable')}</ErrorMessage> : null}
      {failed ? <ErrorMessage alert>{failed}</ErrorMessage> : null}
      {items ? (
        <DataTable
          className="administration-table"
          columns={[t('admin.workstations.code'), t('admin.workstations.name'), t('admin.status'), t('admin.actions')]}
        >
            {items.map((station) => (
              <tr key={station.id}>
                <td>{station.stationCode}</td>
                <td>{station.name}</td>
                <td>
                  <Badge tone={station.status === 'approved' ? 'ok' : station.status === 'pending' ? 'warn' : 'neutral'}>{t(`admin.workstations.status.${station.status}`)}</Badge>
                </td>
                <td className="administration-actions">
                  {station.status !== 'approved' ? (
                    <Button size="small" onPress={() => void act(station, 'approve')} aria-label={t('admin.workstations.approveNamed', { code: station.stationCode })}>
                      {t('admin.workstations.approve')}
                    </Button>
                  ) : null}
                  {station.status !== 'disabled' ? (
                    <Button size="small" variant="danger" onPress={() => void act(station, 'disable')} aria-label={t('admin.workstations.disableNamed', { code: station.stationCode })}>
                      {t('admin.disable')}
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
        </DataTable>
      ) : null}
    </section>
  );
}

function Accounts() {
  const { t } = useTranslation('session');
  const { items, error, reload } = useHubList('/admin/users', 'users', userSchema, true);
  const [message, setMessage] = useState<{ text: string; failed: boolean }>();
  const [resetting, setResetting] = useState<User>();
  const [temporary, setTemporary] = useState('');
  const [draft, setDraft] = useState({ username: '', displayName: '', role: 'desk' as Role, password: '' });

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      setMessage({ text: done, failed: false });
    } catch (caught) {
      const code = caught instanceof Error ? caught.message : '';
      setMessage({ text: t(`admin.errors.${['username-taken', 'weak-password', 'invalid-username', 'cannot-disable-self'].includes(code) ? code : 'failed'}`), failed: true });
    }
    await reload();
  };

  const create = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await hub('/admin/users', { method: 'POST', body: draft });
      setDraft({ username: '', displayName: '', role: 'desk', password: '' });
    }, t('admin.accounts.created', { name: draft.displayName || draft.username }));
  };

  const reset = (event: FormEvent) => {
    event.preventDefault();
    if (!resetting) return;
    const user = resetting;
    void run(async () => {
      await hub(`/admin/users/${user.id}/reset-password`, { method: 'POST', body: { password: temporary } });
      setResetting(undefined);
      setTemporary('');
    }, t('admin.accounts.resetDone', { name: user.displayName }));
  };

  return (
    <section className="administration-section" aria-labelledby="admin-accounts">
      <h2 id="admin-accounts">{t('admin.accounts.title')}</h2>
      {error ? <ErrorMessage>{t('admin.unavailable')}</ErrorMessage> : null}
      {message ? (
        message.failed ? (
          <ErrorMessage alert>{message.text}</ErrorMessage>
        ) : (
          <p role="status">{message.text}</p>
        )
      ) : null}
      {items ? (
        <DataTable
          className="administration-table"
          columns={[t('admin.accounts.username'), t('admin.accounts.name'), t('admin.accounts.role'), t('admin.status'), t('admin.actions')]}
        >
            {items.map((user) => (
              <tr key={user.id}>
                <td>{user.username}</td>
                <td>{user.displayName}</td>
                <td>{t(`roles.${user.role}`)}</td>
                <td>
                  <Badge tone={user.disabled ? 'neutral' : user.mustChangePassword ? 'warn' : 'ok'}>
                    {t(user.disabled ? 'admin.accounts.disabled' : user.mustChangePassword ? 'admin.accounts.mustChange' : 'admin.accounts.active')}
                  </Badge>
                </td>
                <td className="administration-actions">
                  {user.disabled ? (
                    <Button size="small" onPress={() => void run(() => hub(`/admin/users/${user.id}/enable`, { method: 'POST' }), t('admin.accounts.enabled', { name: user.displayName }))} aria-label={t('admin.accounts.enableNamed', { name: user.displayName })}>
                      {t('admin.enable')}
                    </Button>
                  ) : (
                    <Button size="small" variant="danger" onPress={() => void run(() => hub(`/admin/users/${user.id}/disable`, { method: 'POST' }), t('admin.accounts.disabledDone', { name: user.displayName }))} aria-label={t('admin.accounts.disableNamed', { name: user.displayName })}>
                      {t('admin.disable')}
                    </Button>
                  )}
                  <Button size="small" onPress={() => setResetting(user)} aria-label={t('admin.accounts.resetNamed', { name: user.displayName })}>
                    {t('admin.accounts.reset')}
                  </Button>
                  <Button size="small" onPress={() => void run(() => hub(`/admin/users/${user.id}/end-sessions`, { method: 'POST' }), t('admin.accounts.sessionsEnded', { name: user.displayName }))} aria-label={t('admin.accounts.endSessionsNamed', { name: user.displayName })}>
                    {t('admin.accounts.endSessions')}
                  </Button>
                </td>
              </tr>
            ))}
        </DataTable>
      ) : null}

      {resetting ? (
        <form className="administration-form" onSubmit={reset} aria-labelledby="admin-reset">
          <h3 id="admin-reset">{t('admin.accounts.resetTitle', { name: resetting.displayName })}</h3>
          <SecretField name="temporary-password" label={t('admin.accounts.temporary')} description={t('admin.accounts.temporaryDescription')} value={temporary} onChange={setTemporary} autoFocus />
          <div className="administration-actions">
            <Button type="submit" variant="primary">{t('admin.accounts.reset')}</Button>
            <Button onPress={() => setResetting(undefined)}>{t('admin.cancel')}</Button>
          </div>
        </form>
      ) : null}

      <form className="administration-form" onSubmit={create} aria-labelledby="admin-create">
        <h3 id="admin-create">{t('admin.accounts.create')}</h3>
        <TextField name="new-username" label={t('admin.accounts.username')} value={draft.username} onChange={(username) => setDraft({ ...draft, username })} />
        <TextField name="new-display-name" label={t('admin.accounts.name')} value={draft.displayName} onChange={(displayName) => setDraft({ ...draft, displayName })} />
        <Select label={t('admin.accounts.role')} name="new-role" value={draft.role} onChange={(role) => setDraft({ ...draft, role: role as Role })} options={ROLES.map((id) => ({ id, label: t(`roles.${id}`) }))} />
        <SecretField name="new-password" label={t('admin.accounts.temporary')} description={t('admin.accounts.temporaryDescription')} value={draft.password} onChange={(password) => setDraft({ ...draft, password })} />
        <div className="administration-actions">
          <Button type="submit" variant="primary">{t('admin.accounts.createSubmit')}</Button>
        </div>
      </form>
    </section>
  );
}
