// Activities (#/activities): the history, newest first, in pages with date and sport filters.
import { $, el, fill, say } from './dom.js';
import { api } from './api.js';
import { duration, pace, km, hr, plural, label } from './format.js';

const PAGE_SIZE = 20;
let offset = 0;
let total = 0;
let loadSeq = 0;

export function init() {
    $('#activity-filters').addEventListener('submit', e => {
        e.preventDefault();
        offset = 0;
        refresh().catch(fail);
    });
    $('#activities-prev').addEventListener('click', () => {
        offset = Math.max(0, offset - PAGE_SIZE);
        refresh().catch(fail);
    });
    $('#activities-next').addEventListener('click', () => {
        offset += PAGE_SIZE;
        refresh().catch(fail);
    });
}

export async function show() {
    await refresh();
}

/** Back to the first page with no filters: for the next user signing in here. */
export function reset() {
    offset = 0;
    total = 0;
    for (const id of ['#activities-from', '#activities-to', '#activities-sport']) $(id).value = '';
}

function fail(e) {
    if (e.status !== 401) say($('#activities-error'), e.message);
}

async function refresh() {
    const seq = ++loadSeq;
    const query = {
        from: $('#activities-from').value, to: $('#activities-to').value, sport: $('#activities-sport').value,
        limit: PAGE_SIZE, offset
    };
    const page = await api('api/activities', { query });
    if (seq !== loadSeq) return;
    say($('#activities-error'), '');
    total = page.total;
    const filtered = Boolean(query.from || query.to || query.sport);
    fill($('#activity-list'), page.activities.map(row));
    const empty = $('#activities-empty');
    empty.hidden = page.activities.length > 0;
    if (!page.activities.length) {
        fill(empty, filtered
            ? el('p', {}, 'No activities match these filters.')
            : el('p', {}, 'No activities yet. Import FIT, GPX, TCX or Strava files on the ',
                el('a', { href: '#/training' }, 'Training'), ' screen and they appear here.'));
    }
    const last = offset + page.activities.length;
    $('#activities-page').textContent = page.activities.length
        ? `${offset + 1}–${last} of ${total} ${plural(total, 'activity', 'activities')}` : '';
    $('#activities-prev').disabled = offset === 0;
    $('#activities-next').disabled = last >= total;
    $('#activities-status').textContent = '';
}

function row(a) {
    return el('li', { class: 'activity-row', dataset: { activityId: a.id } },
        el('a', { href: '#/activity/' + encodeURIComponent(a.id), class: 'activity-name' }, a.name),
        el('span', { class: 'hint' }, `${a.date} · ${label(a.sport)}${a.workout_type ? ' · ' + label(a.workout_type) : ''}`),
        el('span', { class: 'activity-numbers' },
            el('span', {}, km(a.distance_meters)), el('span', {}, duration(a.moving_seconds)),
            el('span', {}, pace(a.pace_sec_per_km)), el('span', {}, hr(a.avg_hr))));
}
