import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Chart } from './Chart';

afterEach(cleanup);

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

  const rows = [
    { label: 'Binnen de wettelijke termijn', value: 75, text: '75% (3/4)' },
    { label: 'Binnen 42 dagen', value: 50, text: '50% (2/4)' },
    { label: 'Vorig jaar', value: 90, text: '90% (9/10)' },
  ];

  it('colour is not the only carrier: each bar has its value as text, the ambition is a dashed line with its words, and the table has the same numbers', () => {
    const { container } = render(<Chart title="Ambities" summary="Binnen termijn 75%." rows={rows} ambition={{ value: 80, label: 'ambitie 80%' }} unit="%" />);
    // The value labels, in the bars' order, are the texts the table shows.
    const labels = [...container.querySelectorAll('.recharts-label-list text')].map((t) => t.textContent);
    expect(labels).toEqual(['75% (3/4)', '50% (2/4)', '90% (9/10)']);
    const table = [...screen.getByRole('table').querySelectorAll('tbody tr')].map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent]);
    expect(table).toEqual(rows.map((r) => [r.label, r.text]));
    // Each bar's drawn length follows its number (75 : 50 : 90).
    const widths = [...container.querySelectorAll('.recharts-bar-rectangle path')].map((p) => Number(p.getAttribute('width')));
    expect(widths[0]! / widths[1]!).toBeCloseTo(75 / 50, 1);
    expect(widths[2]! / widths[1]!).toBeCloseTo(90 / 50, 1);
    // The ambition: a pattern (dashes), not a colour, and its words beside it.
    const line = container.querySelector('.recharts-reference-line line')!;
    expect(line.getAttribute('stroke-dasharray')).toBe('6 4');
    // recharts draws the line's label in a layer of its own.
    expect([...container.querySelectorAll('.recharts-label')].map((t) => t.textContent)).toContain('ambitie 80%');
    // The summary is the canvas' description.
    const canvas = container.querySelector('.overview-chart-canvas')!;
    expect(document.getElementById(canvas.getAttribute('aria-describedby')!)!.textContent).toBe('Binnen termijn 75%.');
  });

  it('is reached with Tab and walked bar by bar with the arrow keys, the tooltip telling the bar and its value', async () => {
    const user = userEvent.setup();
    const { container } = render(<Chart title="Ambities" summary="Binnen termijn 75%." rows={rows} />);
    const tooltip = () => container.querySelector('.recharts-tooltip-wrapper')?.textContent ?? '';
    await user.tab();
    expect(document.activeElement).toBe(container.querySelector('svg.recharts-surface'));
    expect(tooltip()).toContain('Binnen de wettelijke termijn');
    expect(tooltip()).toContain('75% (3/4)');
    // recharts walks a vertical (top-to-bottom) bar chart down with ArrowLeft and back up with ArrowRight.
    await user.keyboard('{ArrowLeft}');
    expect(tooltip()).toContain('Binnen 42 dagen');
    expect(tooltip()).toContain('50% (2/4)');
    await user.keyboard('{ArrowLeft}');
    expect(tooltip()).toContain('Vorig jaar');
    expect(tooltip()).toContain('90% (9/10)');
    await user.keyboard('{ArrowRight}');
    expect(tooltip()).toContain('Binnen 42 dagen');
  });
});
