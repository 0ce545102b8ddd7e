import { afterEach, describe, expect, it } from 'vitest';
import { actorFor } from './actor';
import { actorName, setSignedInStaff, signedInStaff } from './staff';

afterEach(() => setSignedInStaff(null));

describe('who an action is recorded as', () => {
  it('is the workstation while nobody is signed in', () => {
    expect(actorFor('K7Q')).toBe('werkplek-K7Q');
    expect(actorFor(undefined)).toBe('werkplek-onbekend');
  });

  it('is the staff member at the workstation once signed in, in the form the hub records', () => {
    expect(actorFor('K7Q', { username: 'anna', displayName: 'Anna de Vries', role: 'desk' })).toBe('anna@K7Q');
  });

  it('shows a staff member who signed in here by name on documents, also after a switch of user', () => {
    setSignedInStaff({ username: 'anna', displayName: 'Anna de Vries', role: 'desk' });
    setSignedInStaff({ username: 'bram', displayName: 'Bram Jansen', role: 'coordinator' });
    expect(signedInStaff()).toEqual({ username: 'bram', displayName: 'Bram Jansen', role: 'coordinator' });
    expect(actorName('anna@K7Q')).toBe('Anna de Vries');
    expect(actorName('bram@K7Q')).toBe('Bram Jansen');
    // Unknown people and workstations stay as recorded.
    expect(actorName('carla@K7Q')).toBe('carla@K7Q');
    expect(actorName('werkplek-K7Q')).toBe('werkplek-K7Q');
  });
});
