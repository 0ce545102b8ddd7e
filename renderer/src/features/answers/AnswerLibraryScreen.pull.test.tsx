import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startCentreSync } from '../../centre';
import { i18n, i18nReady } from '../../i18n';
import { AnswerLibraryScreen } from './AnswerLibraryScreen';

beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('nl');
});
afterEach(() => {
  cleanup();
  localStorage.clear();
});

const EMPTY = 'Er zijn nog geen antwoorden. Schrijf het eerste antwoord met ‘Nieuw antwoord’.';

function hub(respond: () => Response) {
  const fetch = vi.fn(async (url: string) => (url.includes('/answers') ? respond() : new Response('{}', { status: 404 })));
  return startCentreSync({ fetch, hubUrl: async () => 'https://hub.example' });
}

describe('the answer list when the hub cannot be reached (review risk 13)', () => {
  it('says the answers were not fetched instead of "no answers yet"', async () => {
    const stop = hub(() => {
      throw new TypeError('Failed to fetch');
    });
    try {
      render(<AnswerLibraryScreen rest={[]} />);
      expect(await screen.findByRole('heading', { name: 'Antwoorden niet opgehaald' })).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Opnieuw ophalen' })).toBeTruthy();
      expect(screen.queryByText(EMPTY)).toBeNull();
    } finally {
      stop();
    }
  });

  it('says "no answers yet" only after the hub answered that there are none', async () => {
    const stop = hub(() => Response.json({ answers: [], next: 0, more: false }));
    try {
      render(<AnswerLibraryScreen rest={[]} />);
      expect(await screen.findByText(EMPTY)).toBeTruthy();
      expect(screen.queryByRole('heading', { name: 'Antwoorden niet opgehaald' })).toBeNull();
    } finally {
      stop();
    }
  });
});
