// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DataTable } from './index';

afterEach(cleanup);

describe('DataTable', () => {
  it('is named by its caption, heads each column and keeps the rows in the body', () => {
    render(
      <DataTable className="overview-table" caption="Termijnen" columns={['Zaak', 'Termijn']}>
        <tr>
          <td>2026-0001</td>
          <td>30 maart</td>
        </tr>
      </DataTable>,
    );
    const table = screen.getByRole('table', { name: 'Termijnen' });
    expect(table.className).toBe('overview-table');
    expect(within(table).getAllByRole('columnheader').map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
      ['Zaak', 'col'],
      ['Termijn', 'col'],
    ]);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => tr.textContent)).toEqual(['2026-000130 maart']);
  });

  it('has no caption element when none is given', () => {
    const { container } = render(
      <DataTable className="woo-table" columns={['Zaak']}>
        <tr>
          <td>2026-0001</td>
        </tr>
      </DataTable>,
    );
    expect(container.querySelector('caption')).toBeNull();
  });
});
