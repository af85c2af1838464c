import { useId } from 'react';
import { actualMinutes, describeRunProblem, driftPoints, runProblems, runReports, type ReportRow, type RunEntry } from '../../core';
import type { LiveRunSession, LiveSnapshot } from '../../app';
import { useWorkingCopy } from '../app/context';
import { useI18n } from '../i18n';
import { DriftChart } from './DriftChart';
import { clockTime, signedMinutes } from './format';

const RATINGS = [1, 2, 3, 4, 5] as const;

/** After the day: what does not add up in the record, planned against actual, the drift, and a reflection per block. */
export function LiveAfter({ session, snapshot }: { session: LiveRunSession; snapshot: LiveSnapshot }) {
  const { t } = useI18n();
  const run = snapshot.run!;
  const curriculum = useWorkingCopy(snapshot.key)?.history.present;
  const rows: ReportRow[] = (curriculum && runReports(curriculum).find((report) => report.run.id === run.id)?.rows) ?? [];
  const problems = curriculum ? runProblems(curriculum).filter((problem) => problem.runId === run.id) : [];
  const ran = run.entries.filter((entry) => entry.status === 'done');
  const id = useId();

  return (
    <div className="live-after">
      <h2>{t('live.after')}</h2>
      <p>{t('live.afterIntro', { start: clockTime(Date.parse(run.startedAt)), end: clockTime(Date.parse(run.endedAt!)) })}</p>
      {problems.length > 0 && (
        <section className="live-problems" aria-labelledby={`${id}-problems`}>
          <h3 id={`${id}-problems`}>{t('live.problems')}</h3>
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>{describeRunProblem(problem, t)}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby={`${id}-report`}>
        <h3 id={`${id}-report`}>{t('live.report')}</h3>
        <table className="live-report">
          <thead>
            <tr>
              <th scope="col">{t('live.col.block')}</th>
              <th scope="col">{t('live.col.planned')}</th>
              <th scope="col">{t('live.col.actual')}</th>
              <th scope="col">{t('live.col.difference')}</th>
              <th scope="col">{t('live.col.skipped')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <th scope="row">{row.blockId === null ? t('live.inserted', { title: row.title }) : row.title}</th>
                <td>{t('live.minutes', { count: row.plannedMinutes })}</td>
                <td>{row.actualMinutes === null ? (row.skipped ? t('live.skipped') : t('live.notRun')) : t('live.minutes', { count: row.actualMinutes })}</td>
                <td>{row.actualMinutes === null ? '—' : signedMinutes(row.actualMinutes - row.plannedMinutes)}</td>
                <td>{row.skipped ? t('live.yes') : t('live.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby={`${id}-drift`}>
        <h3 id={`${id}-drift`}>{t('live.drift')}</h3>
        <DriftChart points={driftPoints(rows)} />
      </section>
      <section aria-labelledby={`${id}-reflection`}>
        <h3 id={`${id}-reflection`}>{t('live.reflection')}</h3>
        {ran.map((entry) => (
          <Reflection key={entry.id} entry={entry} readOnly={snapshot.readOnly} onChange={(reflection) => session.reflect(entry.id, reflection)} />
        ))}
      </section>
      <p>
        <button type="button" className="button secondary" disabled={snapshot.readOnly} onClick={() => session.begin()}>
          {t('live.restart')}
        </button>
      </p>
    </div>
  );
}

/**
 * How one block went: 1–5 and a note, kept in the run (so saved with the training). Each change sends
 * both, because a reflection replaces the entry's rating and note together.
 */
function Reflection({ entry, readOnly, onChange }: { entry: RunEntry; readOnly: boolean; onChange: (reflection: { rating?: number; note?: string }) => void }) {
  const { t } = useI18n();
  const minutes = actualMinutes(entry);
  return (
    <div className="live-reflection">
      <fieldset>
        <legend>
          {t('live.rating', { title: entry.title })}
          {minutes !== null && <span className="live-muted"> ({t('live.minutes', { count: minutes })})</span>}
        </legend>
        {RATINGS.map((rating) => (
          <label key={rating} className="live-rating">
            <input type="radio" name={`live-rating-${entry.id}`} value={rating} checked={entry.rating === rating} disabled={readOnly} onChange={() => onChange({ rating, note: entry.note })} />
            {t(`live.rating.${rating}`)}
          </label>
        ))}
      </fieldset>
      <label className="live-note">
        <span aria-hidden="true">{t('live.note')}</span>
        <textarea aria-label={t('live.noteFor', { title: entry.title })} value={entry.note ?? ''} readOnly={readOnly} maxLength={4000} rows={2} onChange={(event) => onChange({ rating: entry.rating, note: event.target.value })} />
      </label>
    </div>
  );
}
