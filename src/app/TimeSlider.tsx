import { useEffect, useMemo, useState } from 'react';
import { useT } from '../i18n/use-t.ts';
import { addMonths, monthRange } from '../state/months.ts';

/** Props of the period control. */
export interface TimeSliderProps {
  /** First and last month in the data. */
  extent: readonly [string, string];
  period: readonly [string, string] | null;
  onPeriod: (period: readonly [string, string] | null) => void;
  formatMonth: (month: string) => string;
}

const SPEEDS = [0.5, 1, 2, 4] as const;

/** The period of `size` months ending at `months[index]`, clipped to the data's first month. */
export function windowEnding(
  months: readonly string[],
  index: number,
  size: number,
): readonly [string, string] {
  const last = months[index]!;
  const first = addMonths(last, -(size - 1));
  return [first.localeCompare(months[0]!) < 0 ? months[0]! : first, last];
}
const WINDOWS = [1, 3, 12] as const;

/**
 * The period filter with playback: a slider over months, play/pause, speed and a moving
 * window (1, 3 or 12 months). Playback steps the shared period filter, so every view
 * animates together.
 */
export function TimeSlider({ extent, period, onPeriod, formatMonth }: TimeSliderProps) {
  const { t } = useT('map');
  const { t: ta } = useT('app');
  const months = useMemo(() => monthRange(extent[0], extent[1]), [extent]);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<(typeof SPEEDS)[number]>(1);
  const [windowSize, setWindowSize] = useState<(typeof WINDOWS)[number]>(12);
  const end = period ? months.indexOf(period[1]) : months.length - 1;

  useEffect(() => {
    if (!playing || months.length === 0) return;
    const timer = window.setInterval(() => {
      const next = end + 1 >= months.length ? windowSize - 1 : end + 1;
      onPeriod(windowEnding(months, Math.min(next, months.length - 1), windowSize));
    }, 1000 / speed);
    return () => window.clearInterval(timer);
  }, [playing, speed, windowSize, end, months, onPeriod]);

  const setEnd = (index: number) => onPeriod(windowEnding(months, index, windowSize));

  return (
    <fieldset className="time-slider" aria-label={ta('playback.title')}>
      <button
        type="button"
        className="play"
        aria-pressed={playing}
        onClick={() => setPlaying((p) => !p)}
        data-testid="play"
      >
        {playing ? t('playback.pause') : t('playback.play')}
      </button>
      <input
        type="range"
        min={0}
        max={Math.max(0, months.length - 1)}
        value={end < 0 ? months.length - 1 : end}
        onChange={(e) => setEnd(Number(e.target.value))}
        aria-label={ta('playback.position')}
        aria-valuetext={period ? `${formatMonth(period[0])} – ${formatMonth(period[1])}` : ta('playback.all')}
      />
      <output className="period-label" data-testid="period-label" aria-live="polite">
        {period
          ? `${formatMonth(period[0])} – ${formatMonth(period[1])}`
          : `${formatMonth(extent[0])} – ${formatMonth(extent[1])}`}
      </output>
      <label>
        <span className="visually-hidden">{ta('playback.window')}</span>
        <select
          value={windowSize}
          onChange={(e) => setWindowSize(Number(e.target.value) as (typeof WINDOWS)[number])}
          aria-label={ta('playback.window')}
        >
          {WINDOWS.map((w) => (
            <option key={w} value={w}>
              {ta('playback.windowMonths', { count: w })}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">{t('playback.speed')}</span>
        <select
          value={speed}
          onChange={(e) => setSpeed(Number(e.target.value) as (typeof SPEEDS)[number])}
          aria-label={t('playback.speed')}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="link"
        disabled={!period}
        onClick={() => {
          setPlaying(false);
          onPeriod(null);
        }}
      >
        {ta('playback.all')}
      </button>
    </fieldset>
  );
}
