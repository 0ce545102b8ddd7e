import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Chart } from './Chart';

describe('Chart', () => {
  it('has a text summary, a data table with every number, value labels, and a focusable chart for the arrow keys', () => {
    const { container } = render(
      <Chart
        title="Contacten per kanaal"
        summary="Meeste: Balie (5)."
        rows={[
          { label: 'Balie', value: 5, text: '5' },
          { label: 'Telefoon', value: 1, text: '1' },
        ]}
      />,
    );
    expect(screen.getByText('Meeste: Balie (5).')).toBeTruthy();
    const table = screen.getByRole('table');
    expect([...table.querySelectorAll('tbody tr')].map((tr) => tr.textContent)).toEqual(['Balie5', 'Telefoon1']);
    // recharts' accessibility layer: the chart takes focus (Tab) and walks its bars with the arrow keys.
    const focusable = container.querySelector('.recharts-wrapper [tabindex="0"], .recharts-surface[tabindex="0"], .recharts-wrapper[tabindex="0"]');
    expect(focusable).not.toBeNull();
    expect(screen.getByRole('figure', { name: 'Contacten per kanaal' })).toBeTruthy();
  });
});
