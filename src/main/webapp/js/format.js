// Number formats for running data.

/** 3725 -> "1:02:05", 1209 -> "20:09". */
export function duration(seconds) {
    if (seconds === null || seconds === undefined || !isFinite(seconds)) return '—';
    const s = Math.round(seconds);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const rest = String(s % 60).padStart(2, '0');
    return h ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

export const pace = secondsPerKm => secondsPerKm ? duration(secondsPerKm) + ' /km' : '—';

export const km = meters => meters === null || meters === undefined ? '—' : (meters / 1000).toFixed(2) + ' km';

export const signed = value => (value > 0 ? '+' : '') + Number(value).toFixed(1);

/** Heart rate in whole beats for reading ("—" when unknown). */
export const hr = bpm => bpm ? Math.round(bpm) + ' bpm' : '—';

/** "1 time", "2 times". */
export const plural = (count, one, many) => Number(count) === 1 ? one : many;

/** "long_run" or "LONG" -> "long run" / "Long": an API key as words. */
export const label = key => {
    const words = String(key || '').toLowerCase().replace(/_/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
};
