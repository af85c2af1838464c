import { useMemo } from 'react';
import { curriculumBalance, dayBalance, NEEDS, type Balance } from '../../core';
import { useLayout } from '../app/context';
import { useI18n } from '../i18n';
import { NeedLayerToggle } from './NeedLayerToggle';
import { useActiveCurriculum } from './useActiveCurriculum';

/**
 * Minutes per need as horizontal bars, one group per day and one for the whole. Label, bar and value each
 * have a column of their own, so a long label wraps and a value of any size stays readable: nothing is clipped.
 * Risks are not bars: they are counted in blocks (a point to watch, whatever the block's length).
 */
function NeedChart({ title, balance, scale }: { title: string; balance: Balance; scale: number }) {
  const { t } = useI18n();
  const risks = NEEDS.filter((need) => balance.riskBlocks[need] > 0);
  return (
    <figure className="need-chart">
      <figcaption>{title}</figcaption>
      <ul className="need-chart-rows">
        {NEEDS.map((need) => {
          const minutes = Math.round(balance.supports[need]);
          const value = t('card.duration', { minutes });
          return (
            <li key={need} className={`need-chart-row need-${need}`}>
              <span className="chart-label">{t(`need.${need}`)}</span>
              <span className="chart-track" aria-hidden="true">
                <span className="chart-bar" style={{ width: `${scale > 0 ? Math.min(100, (minutes / scale) * 100) : 0}%` }} />
              </span>
              <span className="chart-value">{value}</span>
            </li>
          );
        })}
      </ul>
      {risks.length > 0 && (
        <ul className="need-chart-risks" aria-label={t('insights.risks')}>
          {risks.map((need) => (
            <li key={need} className={`need-${need}`}>
              <span className="codicon codicon-warning" aria-hidden="true" /> {t('insights.riskBlocks', { need: t(`need.${need}`), count: balance.riskBlocks[need] })}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}

/** The Insights view: need balance per day and overall (for the layer chosen), the mix of traditions, active versus listening time. */
export function InsightsView() {
  const { t } = useI18n();
  const active = useActiveCurriculum();
  const layer = useLayout((state) => state.needLayer);
  const curriculum = active?.history.present;
  const data = useMemo(() => {
    if (!curriculum || !active) return null;
    const { cards } = active;
    return { days: curriculum.days.map((day) => ({ day, balance: dayBalance(day, cards, layer) })), total: curriculumBalance(curriculum, cards, layer) };
  }, [curriculum, active, layer]);
  if (!data || !curriculum) return <p className="muted">{t('sidebar.insights.hint')}</p>;
  const scale = Math.max(1, ...data.days.flatMap(({ balance }) => NEEDS.map((need) => balance.supports[need])));
  const totalScale = Math.max(1, ...NEEDS.map((need) => data.total.supports[need]));
  const { total } = data;
  const share = (minutes: number) => (total.totalMinutes ? Math.round((minutes / total.totalMinutes) * 100) : 0);
  return (
    <div className="insights" data-layer={layer}>
      <NeedLayerToggle />
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
          .filter(([, minutes]) => (minutes ?? 0) > 0)
          .sort(([, a], [, b]) => (b ?? 0) - (a ?? 0))
          .map(([tradition, minutes]) => (
            <li key={tradition}>
              {tradition === 'custom' ? t('insights.customBlocks') : t(`tradition.${tradition as 'other'}`)}: {t('card.duration', { minutes: Math.round(minutes ?? 0) })}
            </li>
          ))}
      </ul>
    </div>
  );
}
