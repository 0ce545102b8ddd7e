import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { database } from '../db/database';
import { useActor } from './actor';
import { setStationCode } from './stationCode';

function Actor() {
  return <p data-testid="actor">{useActor()}</p>;
}

afterEach(cleanup);

describe('the actor a screen records', () => {
  it('a screen opened after the code is known has it from its first render, never "werkplek-onbekend"', async () => {
    await setStationCode(database(), 'K4T');
    render(<Actor />);
    await waitFor(() => expect(screen.getByTestId('actor').textContent).toBe('werkplek-K4T'));
    cleanup();
    // The next screen: its own read of the code is still on the way at the first render.
    const firstRenders: string[] = [];
    function Recording() {
      const actor = useActor();
      firstRenders.push(actor);
      return null;
    }
    render(<Recording />);
    expect(firstRenders[0]).toBe('werkplek-K4T');
  });
});
