import { useMemo } from 'react';
import { curriculumBalance, dayBalance, NEEDS, type Balance } from '../../core';
import { useI18n } from '../i18n';
import { useActiveCurriculum } from './useActiveCurriculum';

const BAR_HEIGHT = 14;
const CHART_WIDTH = 240;

/** Minutes per need as horizontal SVG bars (risks apart, hatched), one group per day and one for the whole. */
function NeedChart({ title, balance, scale }: { title: string; balance: Balance; scale: number }) {
  const { t } = useI18n();
  const rows = NEEDS.flatMap((need) => [
    { need, kind: 'supports' as const, minutes: Math.round(balance.supports[need]) },
    ...(balance.risks[need] > 0 ? [{ need, kind: 'risks' as const, minutes: Math.round(balance.risks[need]) }] : []),
  ]);
  const height = rows.length * (BAR_HEIGHT + 4);
  return (
    <figure className="need-chart">
      <figcaption>{title}</figcaption>
      <svg width="100%" viewBox={`0 0 ${CHART_WIDTH + 120} ${height}`} role="img" aria-label={rows.map((row) => [t(`need.${row.need}`), row.kind === 'risks' ? t('need.thwarts') : '', `${row.minutes} min`].filter(Boolean).join(' ')).join(', ')}>
        {rows.map((row, index) => {
          const y = index * (BAR_HEIGHT + 4);
          const width = scale > 0 ? (row.minutes / scale) * CHART_WIDTH : 0;
          return (
            <g key={`${row.need}-${row.kind}`} className={`need-${row.need}`}>
              <text x={0} y={y + BAR_HEIGHT - 3} className="chart-label">
                {t(`need.${row.need}`)}
                {row.kind === 'risks' ? ` (${t('need.thwarts')})` : ''}
              </text>
              <rect x={110} y={y} width={Math.max(width, 1)} height={BAR_HEIGHT} className={`chart-bar ${row.kind}`} />
              <text x={114 + width} y={y + BAR_HEIGHT - 3} className="chart-value">
                {row.minutes}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** The Insights view: need balance per day and overall, the mix of traditions, active versus listening time. */
export function InsightsView() {
  const { t } = useI18n();
  const active = useActiveCurriculum();
  const curriculum = active?.history.present;
  const data = useMemo(() => {
    if (!curriculum || !active) return null;
    const { cards } = active;
    return { days: curriculum.days.map((day) => ({ day, balance: dayBalance(day, cards) })), total: curriculumBalance(curriculum, cards) };
  }, [curriculum, active]);
  if (!data || !curriculum) return <p className="muted">{t('sidebar.insights.hint')}</p>;
  const scale = Math.max(1, ...data.days.flatMap(({ balance }) => NEEDS.flatMap((need) => [balance.supports[need], balance.risks[need]])));
  const totalScale = Math.max(1, ...NEEDS.map((need) => data.total.supports[need]));
  const { total } = data;
  const share = (minutes: number) => (total.totalMinutes ? Math.round((minutes / total.totalMinutes) * 100) : 0);
  return (
    <div className="insights">
      <NeedChart title={t('insights.whole')} balance={total} scale={totalScale} />
      {data.days.map(({ day, balance }, index) => (
        <NeedChart key={day.id} title={day.title || t('curriculum.dayN', { n: index + 1 })} balance={balance} scale={scale} />
      ))}
      <h3 className="section-title">{t('insights.activity')}</h3>
      <p>
        {t('insights.activityLine', { active: share(total.activeMinutes), listening: share(total.listeningMinutes), breaks: share(total.breakMinutes) })}
      </p>
      <h3 className="section-title">{t('insights.traditions')}</h3>
      <ul className="tradition-mix">
        {Object.entries(total.traditions)
          .sort(([, a], [, b]) => (b ?? 0) - (a ?? 0))
          .map(([tradition, minutes]) => (
            <li key={tradition}>
              {tradition === 'custom' ? t('insights.customBlocks') : t(`tradition.${tradition as 'other'}`)}: {t('card.duration', { minutes: minutes ?? 0 })}
            </li>
          ))}
      </ul>
    </div>
  );
}
