// One activity (#/activity/<id>): numbers, per-km splits as a pace and heart-rate chart and a table, best
// efforts, and deletion after an explicit confirmation.
import { $, el, fill, say, tableRows } from './dom.js';
import { api } from './api.js';
import { duration, pace, km, hr, label } from './format.js';

let current = null;

export function init() {
    $('#delete-activity').addEventListener('click', () => {
        $('#delete-confirm').hidden = false;
        $('#delete-confirm-no').focus();
    });
    $('#delete-confirm-no').addEventListener('click', () => {
        $('#delete-confirm').hidden = true;
        $('#delete-activity').focus();
    });
    $('#delete-confirm-yes').addEventListener('click', remove);
}

function idFromHash() {
    const id = location.hash.replace(/^#\/?activity\//, '').split(/[/?]/)[0];
    return id ? decodeURIComponent(id) : '';
}

export async function show() {
    const id = idFromHash();
    current = null;
    $('#delete-confirm').hidden = true;
    say($('#activity-error'), '');
    clear();
    try {
        const detail = await api('api/activities/' + encodeURIComponent(id));
        if (idFromHash() !== id) return;
        current = id;
        render(detail);
    } catch (e) {
        if (e.status === 404) {
            $('#activity-heading').textContent = 'Activity not found';
            say($('#activity-error'), 'This activity does not exist (or is not yours).');
            return;
        }
        throw e;
    }
}

export function clear() {
    $('#activity-heading').textContent = 'Activity';
    for (const id of ['#activity-meta', '#activity-stats', '#best-efforts', '#splits-table tbody']) fill($(id));
    window.Chart?.getChart($('#splits-chart'))?.destroy();
    delete $('#splits-chart').dataset.points;
}

function render({ activity: a, splits, best_efforts: efforts }) {
    $('#activity-heading').textContent = a.name;
    fill($('#activity-meta'), `${a.date} · ${label(a.sport)}`,
        a.workout_type ? el('span', { class: 'badge' }, label(a.workout_type)) : null,
        a.race ? el('span', { class: 'badge race' }, 'Race') : null);
    const stats = [['Distance', km(a.distance_meters)], ['Moving time', duration(a.moving_seconds)],
        ['Pace', pace(a.pace_sec_per_km)], ['Avg HR', hr(a.avg_hr)], ['Max HR', hr(a.max_hr)],
        ['Climb', Math.round(a.elevation_gain_meters) + ' m']];
    fill($('#activity-stats'), stats.map(([name, value]) => el('div', {}, el('dt', {}, name), el('dd', {}, value))));
    tableRows($('#splits-table tbody'), splits.map(s => [
        String(s.km) + (s.distance_meters < 990 ? ` (${Math.round(s.distance_meters)} m)` : ''),
        pace(s.pace_sec_per_km), hr(s.avg_hr), Math.round(s.elevation_gain_meters) + ' m']));
    for (const tr of $('#splits-table tbody').rows) {
        tr.cells[2].classList.add('num');
        tr.cells[3].classList.add('num');
    }
    const empty = $('#splits-empty');
    empty.hidden = splits.length > 0;
    $('#splits-chart').parentElement.hidden = splits.length === 0;
    $('#splits-table').parentElement.hidden = splits.length === 0;
    fill(empty, splits.length ? '' : el('p', {}, 'This activity has no per-kilometre splits (its file had no distance stream).'));
    if (splits.length) drawSplits(splits);
    fill($('#best-efforts'), efforts.length
        ? efforts.map(e => el('li', {}, el('strong', {}, e.name), ' ', duration(e.seconds), ' ',
            el('span', { class: 'hint' }, pace(e.pace_sec_per_km))))
        : el('li', { class: 'hint' }, 'No best efforts: they are found in the record stream of an imported file.'));
}

function drawSplits(splits) {
    const canvas = $('#splits-chart');
    canvas.dataset.points = String(splits.length);
    if (!window.Chart) return;
    window.Chart.getChart(canvas)?.destroy();
    const withHr = splits.some(s => s.avg_hr);
    new window.Chart(canvas, {
        data: {
            labels: splits.map(s => 'km ' + s.km),
            datasets: [
                { type: 'bar', label: 'Pace (s/km)', data: splits.map(s => s.pace_sec_per_km), backgroundColor: '#8fb0e3', yAxisID: 'pace' },
                withHr ? { type: 'line', label: 'Heart rate (bpm)', data: splits.map(s => s.avg_hr), borderColor: '#c2410c',
                    backgroundColor: '#c2410c', pointRadius: 2, yAxisID: 'hr' } : null
            ].filter(Boolean)
        },
        options: {
            animation: false,
            maintainAspectRatio: false,
            interaction: { mode: 'index', intersect: false },
            scales: {
                // Faster is higher: a reversed pace axis reads like a speed chart.
                pace: { reverse: true, title: { display: true, text: 'Pace' },
                    ticks: { callback: v => duration(v) } },
                hr: { display: withHr, position: 'right', grid: { drawOnChartArea: false }, title: { display: true, text: 'bpm' } }
            },
            plugins: {
                legend: { position: 'bottom' },
                tooltip: { callbacks: { label: c => c.dataset.yAxisID === 'pace' ? pace(c.raw) : c.raw + ' bpm' } }
            }
        }
    });
}

async function remove() {
    const id = current;
    if (!id) return;
    $('#delete-confirm-yes').disabled = true;
    try {
        await api('api/activities/' + encodeURIComponent(id), { method: 'DELETE' });
        current = null;
        location.hash = '#/activities';
    } catch (e) {
        if (e.status !== 401) say($('#activity-error'), e.message);
    } finally {
        $('#delete-confirm-yes').disabled = false;
    }
}
