import { useId } from 'react';
import type { LiveRunSession, LiveSnapshot } from '../../app';
import type { RetimedEntry } from '../../core';
import { useI18n } from '../i18n';
import { clockTime, countdownSeconds, duration } from './format';
import { LIVE_KEYS, type LiveAction } from './keys';

/** The day while it runs: the current block large with its countdown, the controls, what comes next, the parking area. */
export function LiveNow({ session, snapshot }: { session: LiveRunSession; snapshot: LiveSnapshot }) {
  const { t } = useI18n();
  const timing = snapshot.timing!;
  const current = timing.current;
  const seconds = current ? countdownSeconds(current.remainingMs) : 0;
  const overrun = seconds < 0;
  const selected = timing.upcoming.find((placed) => placed.entry.id === snapshot.selectedId);
  const parked = snapshot.run!.entries.filter((entry) => entry.status === 'parked');
  const off = snapshot.readOnly;
  const id = useId();
  const optionId = (entryId: string) => `${id}-option-${entryId}`;

  const control = (action: Exclude<LiveAction, 'up' | 'down' | 'fullscreen'>, label: string, run: () => void, disabled = false, described?: string) => (
    <button
      type="button"
      className={`button live-button${action === 'next' ? '' : ' secondary'}`}
      aria-keyshortcuts={LIVE_KEYS[action]}
      aria-describedby={described}
      disabled={off || disabled}
      onClick={run}
    >
      {label} <kbd aria-hidden="true">{LIVE_KEYS[action]}</kbd>
    </button>
  );

  return (
    <div className="live-now">
      <div className={`live-current${overrun ? ' overrun' : ''}`}>
        <p className="live-label">{t('live.now')}</p>
        <h2 className="live-current-title">{current?.entry.title ?? ''}</h2>
        <p className="live-countdown">
          <span className="visually-hidden">{t('live.remaining')} </span>
          {overrun ? t('live.overrun', { time: duration(seconds) }) : duration(seconds)}
        </p>
      </div>
      <p className="live-projected">
        <strong>{t('live.projected', { end: clockTime(timing.projectedEnd) })}</strong>
        {' — '}
        <span className={timing.lateMinutes > 0 ? 'live-late' : undefined}>
          {timing.lateMinutes > 0
            ? t('live.late', { count: timing.lateMinutes })
            : timing.lateMinutes < 0
              ? t('live.early', { count: -timing.lateMinutes })
              : t('live.onTime')}
        </span>{' '}
        <span className="live-muted">({t('live.target', { end: clockTime(timing.targetEnd) })})</span>
      </p>
      <div className="live-controls" role="group" aria-label={t('live.controls')}>
        {control('next', t('live.next'), () => session.next(), !current)}
        {control('extend', t('live.extend'), () => session.extend(), !current)}
        {control('skip', t('live.skip'), () => session.skip(), !selected, selected ? optionId(selected.entry.id) : undefined)}
        {control('pause', t('live.pause'), () => session.pauseNow())}
        {control('park', t('live.park'), () => session.park(), !selected, selected ? optionId(selected.entry.id) : undefined)}
      </div>
      <div className="live-columns">
        <section className="live-upcoming" aria-labelledby={`${id}-upcoming`}>
          <h2 id={`${id}-upcoming`}>{t('live.upcoming')}</h2>
          <p className="live-muted" id={`${id}-hint`}>
            {t('live.upcomingHint')}
          </p>
          {timing.upcoming.length === 0 ? (
            <p>{t('live.noneUpcoming')}</p>
          ) : (
            <ul
              role="listbox"
              aria-labelledby={`${id}-upcoming`}
              aria-describedby={`${id}-hint`}
              aria-activedescendant={selected ? optionId(selected.entry.id) : undefined}
              tabIndex={0}
            >
              {timing.upcoming.map((placed) => (
                <Upcoming key={placed.entry.id} id={optionId(placed.entry.id)} placed={placed} selected={placed === selected} onSelect={() => session.select(placed.entry.id)} />
              ))}
            </ul>
          )}
        </section>
        <section className="live-parking" aria-labelledby={`${id}-parking`}>
          <h2 id={`${id}-parking`}>{t('live.parking')}</h2>
          {parked.length === 0 ? (
            <p className="live-muted">{t('live.parkingEmpty')}</p>
          ) : (
            <ul>
              {parked.map((entry) => (
                <li key={entry.id}>
                  <span>{entry.title}</span>
                  <button type="button" className="button secondary" aria-label={t('live.unparkName', { title: entry.title })} disabled={off} onClick={() => session.unpark(entry.id)}>
                    {t('live.unpark')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <p>
        <button type="button" className="button secondary" disabled={off} onClick={() => session.finish()}>
          {t('live.finish')}
        </button>
      </p>
    </div>
  );
}

/** One block still to come: its new start time, and for a pinned block how tight the time before it has become. */
function Upcoming({ id, placed, selected, onSelect }: { id: string; placed: RetimedEntry; selected: boolean; onSelect: () => void }) {
  const { t } = useI18n();
  return (
    <li id={id} role="option" aria-selected={selected} className={`live-option${selected ? ' selected' : ''}`} onClick={onSelect}>
      <span className="live-option-time">{clockTime(placed.start)}</span>
      <span className="live-option-title">{placed.entry.title}</span>
      <span className="live-muted">{t('live.minutes', { count: placed.entry.plannedMinutes + (placed.entry.addedMinutes ?? 0) })}</span>
      {placed.pinned && (
        <span className="live-pin">
          {t('live.pinned', { time: clockTime(placed.start) })}
          {placed.squeeze > 0 && <strong className="live-squeeze"> · {t('live.squeeze', { count: placed.squeeze })}</strong>}
          {placed.gap > 0 && <span> · {t('live.gap', { count: placed.gap })}</span>}
        </span>
      )}
    </li>
  );
}
