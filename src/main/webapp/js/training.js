// Training (#/training): the Performance Management Chart, race predictions, recent runs and imports.
import { $, el, fill, say, tableRows } from './dom.js';
import { api } from './api.js';
import { duration, pace, km, signed, hr } from './format.js';
import { initImports } from './imports.js';

const RUN_DAYS = 30;
let context = null;
let loadSeq = 0;

export function init() {
    $('#period').addEventListener('change', () => refresh().catch(fail));
    initImports(() => refresh().catch(fail));
}

export async function show(ctx) {
    context = ctx;
    await refresh();
}

function fail(e) {
    if (e.status !== 401) say($('#training-error'), e.message);
}

/** Reloads the three views; a slower earlier load never overwrites a newer one. */
async function refresh() {
    const seq = ++loadSeq;
    const days = Number($('#period').value);
    const [load, predictions, runs] = await Promise.all([
        api('api/analytics/get_training_load', { query: { days } }),
        api('api/analytics/get_race_predictions'),
        api('api/analytics/get_recent_runs', { query: { days: RUN_DAYS } })
    ]);
    if (seq !== loadSeq || !context) return;
    say($('#training-error'), '');
    drawChart(load);
    showPredictions(predictions);
    showRuns(runs);
}

function drawChart(load) {
    const canvas = $('#pmc-chart');
    const series = load.recent_days || [];
    const empty = Boolean(load.insufficient_data);
    // Nothing to draw yet: say what to do instead of showing empty axes.
    $('#pmc-empty').hidden = !empty;
    $('#pmc-box').hidden = empty;
    fill($('#pmc-empty'), empty ? el('p', {}, 'No training load yet: import some activities below (FIT, GPX, TCX or a '
        + 'Strava export). Setting your thresholds on the ', el('a', { href: '#/profile' }, 'Profile'),
        ' screen makes the load more accurate.') : '');
    $('#pmc-summary').textContent = empty ? ''
        : `Today: fitness (CTL) ${load.ctl.toFixed(1)}, fatigue (ATL) ${load.atl.toFixed(1)}, `
          + `form (TSB) ${signed(load.tsb)}: ${load.tsb_zone}; phase: ${load.phase}. `
          + `Chart: ${series.length} days.`;
    if (empty) {
        window.Chart?.getChart(canvas)?.destroy();
        delete canvas.dataset.points;
        return;
    }
    if (!window.Chart) {
        say($('#training-error'), 'The chart library did not load; the numbers above are still current.');
        return;
    }
    window.Chart.getChart(canvas)?.destroy();
    const line = (label, key, color, axis = 'y') => ({
        type: 'line', label, data: series.map(d => d[key]), borderColor: color, backgroundColor: color,
        borderWidth: 2, pointRadius: 0, tension: 0, yAxisID: axis
    });
    new window.Chart(canvas, {
        data: {
            labels: series.map(d => d.date),
            datasets: [
                line('Fitness (CTL)', 'ctl', '#1f5fbf'),
                line('Fatigue (ATL)', 'atl', '#c2410c'),
                line('Form (TSB)', 'tsb', '#0f7a4a', 'tsb'),
                { type: 'bar', label: 'Daily load', data: series.map(d => d.load), backgroundColor: '#b8c4d6', yAxisID: 'y' }
            ]
        },
        options: {
            animation: false,
            maintainAspectRatio: false,
            interaction: { mode: 'index', intersect: false },
            scales: {
                x: { ticks: { maxTicksLimit: 8 } },
                y: { beginAtZero: true, title: { display: true, text: 'Load, CTL, ATL' } },
                tsb: { position: 'right', grid: { drawOnChartArea: false }, title: { display: true, text: 'TSB' } }
            },
            plugins: { legend: { position: 'bottom' } }
        }
    });
    canvas.dataset.points = String(series.length);
}

function showPredictions(answer) {
    const rows = (answer.predictions || []).map(p => [
        p.distance + (p.goal_distance ? ' (goal)' : ''),
        duration(p.adjusted_seconds ?? p.vdot_seconds),
        pace((p.adjusted_seconds ?? p.vdot_seconds) / (p.distance_meters / 1000)),
        p.confidence || '—'
    ]);
    tableRows($('#race-predictions tbody'), rows);
    $('#race-predictions').parentElement.hidden = rows.length === 0;
    $('#predictions-note').textContent = answer.insufficient_data
        ? 'Not enough races or hard efforts for a prediction yet' + (answer.missing?.length ? ': ' + answer.missing.join('; ') : '.')
        : answer.form_adjustment_reason || '';
}

function showRuns(answer) {
    const runs = answer.runs || [];
    tableRows($('#recent-runs tbody'), runs.map(r => [
        r.date, r.name || '', km(r.distance_meters), (r.type || '').toLowerCase(),
        duration(r.moving_seconds), pace(r.pace_sec_per_km), hr(r.avg_hr)
    ]));
    if (!runs.length) {
        fill($('#recent-runs tbody'), el('tr', {}, el('td', { colspan: 7, class: 'wrap' },
            `No runs in the last ${RUN_DAYS} days. Imported runs appear here; older ones are under `,
            el('a', { href: '#/activities' }, 'Activities'), '.')));
    }
    for (const row of $('#recent-runs tbody').rows) row.cells[2]?.classList.add('num');
}
