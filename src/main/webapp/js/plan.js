// Plan (#/plan): the active plan's current week, Monday to Sunday, planned workouts against what was done.
import { $, el, fill, say } from './dom.js';
import { api } from './api.js';
import { duration, km, pace, label, plural } from './format.js';

const STATUS = { done: 'Done', partial: 'Partly done', missed: 'Missed', upcoming: 'Upcoming', extra: 'Extra run', rest: 'Rest day' };

export function init() {
}

export async function show() {
    const week = await api('api/analytics/get_plan_week');
    say($('#plan-error'), '');
    const days = week.days || [];
    const empty = $('#plan-empty');
    empty.hidden = days.length > 0;
    fill(empty, days.length ? '' : el('p', {}, 'No active plan this week. ',
        week.missing?.length ? week.missing.join('; ') + '. ' : '',
        'Ask your coach in the ', el('a', { href: '#/chat' }, 'Chat'), ' to set up a training plan.'));
    $('#plan-summary').textContent = days.length
        ? `${week.plan_name}: week of ${week.week_start}. ${week.completed_workouts} of ${week.planned_workouts} `
          + `${plural(week.planned_workouts, 'workout', 'workouts')} done; ${km(week.done_distance_meters)} of `
          + `${km(week.planned_distance_meters)} planned.`
        : '';
    fill($('#plan-week'), days.map(day));
}

function day(d) {
    const weekday = new Date(d.date + 'T12:00:00Z').toLocaleDateString('en', { weekday: 'long', timeZone: 'UTC' });
    return el('li', { class: 'day status-' + d.status, dataset: { date: d.date, status: d.status } },
        el('div', { class: 'day-head' }, el('strong', {}, weekday), el('span', { class: 'hint' }, d.date),
            el('span', { class: 'badge' }, STATUS[d.status] || label(d.status))),
        el('div', { class: 'day-body' },
            el('div', { class: 'planned' }, el('span', { class: 'hint' }, 'Planned'),
                d.planned.length ? d.planned.map(w => el('p', {}, el('strong', {}, w.title || label(w.type)), ' ',
                    [w.target_distance_meters ? km(w.target_distance_meters) : null,
                        w.target_duration_seconds ? duration(w.target_duration_seconds) : null,
                        w.target_pace_sec_per_km ? pace(w.target_pace_sec_per_km) : null].filter(Boolean).join(' · ')))
                    : el('p', {}, '—')),
            el('div', { class: 'done' }, el('span', { class: 'hint' }, 'Done'),
                d.done.length ? d.done.map(r => el('p', {}, el('a', { href: '#/activity/' + encodeURIComponent(r.id) }, r.name),
                    ' ', `${km(r.distance_meters)} · ${pace(r.pace_sec_per_km)}`))
                    : el('p', {}, '—'))));
}
