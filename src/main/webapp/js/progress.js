// Progress (#/progress): personal bests per standard distance with their dates, and the active insights.
import { $, el, fill, say } from './dom.js';
import { api } from './api.js';
import { duration, pace } from './format.js';

export function init() {
}

export async function show() {
    const [patterns, insights] = await Promise.all([
        api('api/analytics/get_pb_patterns'),
        api('api/analytics/get_active_insights', { query: { limit: 10 } })
    ]);
    say($('#progress-error'), '');
    const bests = patterns.current_bests || [];
    $('#pbs-empty').hidden = bests.length > 0;
    fill($('#pbs-empty'), bests.length ? '' : el('p', {}, 'No personal bests yet: they come from your runs. ',
        el('a', { href: '#/training' }, 'Import some runs'), ' (1 km or longer).'));
    fill($('#pb-list'), bests.map(b => el('li', { class: 'pb', dataset: { distance: b.distance_name } },
        el('span', { class: 'pb-distance' }, b.distance_name),
        el('strong', { class: 'pb-time' }, duration(b.seconds)),
        el('span', { class: 'hint' }, pace(b.seconds / (b.distance_meters / 1000))),
        el('a', { href: '#/activity/' + encodeURIComponent(b.activity_id) }, b.date))));
    const list = insights.insights || [];
    $('#insights-empty').hidden = list.length > 0;
    fill($('#insights-empty'), list.length ? '' : el('p', {}, 'No insights yet. ',
        insights.missing?.length ? insights.missing.join('; ') + '.' : 'They appear once there are a few weeks of training.'));
    fill($('#insight-list'), list.map(i => el('li', { class: 'insight priority-' + i.priority },
        el('strong', {}, i.title), el('p', {}, i.message))));
}
