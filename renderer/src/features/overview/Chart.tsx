import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { DataTable } from '../../ui';

const INK = '#1b1f24';
const AMBITION_LABEL = { position: 'top', fill: INK } as const;

export interface ChartRow {
  label: string;
  value: number;
  /** The value as the table and the bar's label show it ('80%', '12'). */
  text: string;
}

/**
 * One bar chart with its text summary and its data table (issue 10 point 4): the summary says
 * what the chart shows in a sentence, the table gives every number, and each bar carries its value
 * as a label, so colour never carries meaning alone. recharts' accessibility layer makes the chart
 * itself focusable and walkable with the arrow keys; the tooltip shows the bar reached.
 */
export function Chart({ title, summary, rows, ambition, unit }: { title: string; summary: string; rows: ChartRow[]; ambition?: { value: number; label: string }; unit?: string }) {
  const { t } = useTranslation('overview');
  const id = useId();
  const height = Math.max(120, rows.length * 34 + 40);
  return (
    <figure className="panel overview-chart" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p id={`${id}-summary`} className="overview-chart-summary">
        {summary}
      </p>
      {rows.length ? (
        <div className="overview-chart-canvas" aria-describedby={`${id}-summary`}>
          <BarChart width={520} height={height} data={rows} layout="vertical" margin={{ left: 8, right: 56, top: 8, bottom: 8 }} accessibilityLayer title={title}>
            <CartesianGrid horizontal={false} stroke="#d0d7de" />
            <XAxis type="number" domain={[0, ambition ? Math.max(100, ...rows.map((r) => r.value)) : 'auto']} tick={{ fill: '#1b1f24' }} unit={unit} allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={150} tick={{ fill: '#1b1f24' }} />
            {/* Without a tooltip the arrow keys of the accessibility layer would move an invisible
                cursor: the tooltip shows the bar reached, with its value as text. */}
            <Tooltip formatter={(_value, _name, item) => [(item.payload as ChartRow).text, title]} cursor={{ fill: '#eef2f6' }} isAnimationActive={false} />
            <Bar dataKey="value" name={title} fill="#1f4e79" isAnimationActive={false}>
              <LabelList dataKey="text" position="right" fill="#1b1f24" />
            </Bar>
            {ambition ? (
              <ReferenceLine x={ambition.value} stroke="#1b1f24" strokeDasharray="6 4" label={{ value: ambition.label, ...AMBITION_LABEL }} />
            ) : null}
          </BarChart>
        </div>
      ) : null}
      <DataTable className="overview-table overview-chart-table" caption={t('indicators.tableOf', { title })} columns={[t('indicators.label'), t('indicators.value')]}>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={2}>{t('indicators.noData')}</td>
          </tr>
        ) : (
          rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.text}</td>
            </tr>
          ))
        )}
      </DataTable>
    </figure>
  );
}
