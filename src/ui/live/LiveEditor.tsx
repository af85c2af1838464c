import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import type { LiveRunSession, LiveSnapshot } from '../../app';
import { useApplication, useStore } from '../app/context';
import { useI18n } from '../i18n';
import { dayLabel } from './day-label';
import { clockTime } from './format';
import { liveActionOf, runLiveAction } from './keys';
import { LiveAfter } from './LiveAfter';
import { LiveNow } from './LiveNow';
import { LiveSessionHolder } from './session-holder';
import { useFullscreen } from './useFullscreen';

/**
 * One day run live, in an editor tab. The run and its clock live in the application layer (a
 * LiveRunSession made on mount, disposed on unmount); this view only shows its snapshot and sends intents.
 */
export function LiveEditor({ docKey, dayId }: { docKey: string; dayId: string }) {
  const app = useApplication();
  // The tab's key names the day, so the holder is made once per view.
  const [holder] = useState(() => new LiveSessionHolder(() => app.runLive(docKey, dayId)));
  const session = useSyncExternalStore(holder.subscribe, holder.get);
  return session ? <LiveView session={session} /> : null;
}

function LiveView({ session }: { session: LiveRunSession }) {
  const { t } = useI18n();
  const snapshot = useStore(session.store, (state) => state);
  const root = useRef<HTMLElement>(null);
  const fullscreen = useFullscreen(root);
  const label = dayLabel(t, snapshot.day, snapshot.dayIndex);
  const running = Boolean(snapshot.run && !snapshot.run.endedAt);
  // Ids from useId: the same day may show in both halves of a split editor.
  const titleId = useId();

  // The keys work as soon as the day runs, without first clicking into the view.
  useEffect(() => {
    if (running && !root.current?.contains(document.activeElement)) root.current?.focus();
  }, [running]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!running || snapshot.readOnly) return;
    const action = liveActionOf(event.nativeEvent);
    if (!action) return;
    // An option of the list moves with the arrows, but a button keeps its own Enter and Space.
    event.preventDefault();
    runLiveAction(session, action, fullscreen.toggle);
  };

  return (
    <section
      ref={root}
      className={`live-view${fullscreen.active ? ' fullscreen' : ''}`}
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <header className="live-top">
        <h1 id={titleId}>{t('live.view', { day: label })}</h1>
        {/* The clock moves only while the day runs; before and after, a stale time would mislead. */}
        {running && (
          <p className="live-clock">
            <span className="visually-hidden">{t('live.clock')} </span>
            <time>{clockTime(snapshot.now)}</time>
          </p>
        )}
        <button type="button" className="button secondary" aria-keyshortcuts="F" onClick={fullscreen.toggle}>
          {fullscreen.active ? t('live.fullscreenLeave') : t('live.fullscreen')} <kbd aria-hidden="true">F</kbd>
        </button>
      </header>
      <LiveBody session={session} snapshot={snapshot} />
      {/* Announces the block change, not the countdown: its text changes only when another block starts. */}
      <p className="visually-hidden" role="status">
        {snapshot.timing?.finished ? t('live.announceDone') : snapshot.timing?.current ? t('live.announce', { title: snapshot.timing.current.entry.title }) : ''}
      </p>
    </section>
  );
}

function LiveBody({ session, snapshot }: { session: LiveRunSession; snapshot: LiveSnapshot }) {
  const { t } = useI18n();
  const { day, run } = snapshot;
  if (!day) return <p className="live-notice">{t('live.closed')}</p>;
  if (run?.endedAt) return <LiveAfter session={session} snapshot={snapshot} />;
  if (run && snapshot.timing) return <LiveNow session={session} snapshot={snapshot} />;
  return <LiveStart session={session} snapshot={snapshot} />;
}

/** Before the day: what it holds, and the one button that starts it (with the focus, so Enter starts). */
function LiveStart({ session, snapshot }: { session: LiveRunSession; snapshot: LiveSnapshot }) {
  const { t } = useI18n();
  const start = useRef<HTMLButtonElement>(null);
  useEffect(() => start.current?.focus(), []);
  const day = snapshot.day!;
  return (
    <div className="live-start">
      <p>{t('live.before', { count: day.blocks.length, start: day.start, end: day.targetEnd })}</p>
      {snapshot.readOnly && <p className="live-notice">{t('live.readOnly')}</p>}
      <button ref={start} type="button" className="button live-big-button" disabled={snapshot.readOnly || day.blocks.length === 0} onClick={() => session.begin()}>
        {t('live.start')}
      </button>
    </div>
  );
}
