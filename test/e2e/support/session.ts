import type { BrowserContext } from 'playwright-core';

/**
 * The desk requires a signed-in staff member (renderer/src/session). A benchmark or test that
 * measures the workspace with no reachable hub behind it starts as a desk that was signed in
 * before: the state a restart restores (profile, current user, refresh token in the browser
 * host's secret store). Nothing here is checked against a hub; its sync simply finds none.
 */
export async function presetSession(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const user = { id: '0190a0b0-0000-7000-8000-00000000be0c', username: 'bench', displayName: 'Bench', role: 'coordinator' };
    const unusable = { algorithm: 'PBKDF2-SHA256', iterations: 1, salt: 'AAAAAAAAAAAAAAAAAAAAAA==', hash: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' };
    if (localStorage.getItem('loket.session.current')) return;
    localStorage.setItem('loket.session.profiles', JSON.stringify({ [user.id]: { user, password: unusable, pinFailures: 0 } }));
    localStorage.setItem('loket.session.current', JSON.stringify({ userId: user.id, locked: false }));
    localStorage.setItem(`loket.secret.hub.refreshToken.${user.id}`, 'bench');
  });
}
