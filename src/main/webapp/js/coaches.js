// The coach selector (#/coaches): the caller's coaches by category, filters, search, hidden view,
// and the per-coach actions. Creating and editing is coach-form.js.
import { plural } from './format.js';
import { $, el, fill, say, debounce } from './dom.js';
import { api } from './api.js';
import { CATEGORIES, categoryLabel, fillCategories, fetchActiveCoach, listAllCoaches } from './coach-data.js';
import { initCoachForm, openCoachForm } from './coach-form.js';

let context = null;
let loadSeq = 0;

export function init() {
    fillCategories($('#category-filter'), 'All');
    for (const id of ['#category-filter', '#favorites-only', '#show-hidden']) {
        $(id).addEventListener('change', () => refresh());
    }
    $('#coach-search').addEventListener('input', debounce(() => refresh(), 250));
    $('#deactivate').addEventListener('click', () => act(() => api('api/coaches/active', { method: 'DELETE' })));
    $('#new-coach').addEventListener('click', () => openCoachForm(null));
    initCoachForm(() => refresh());
}

export async function show(ctx) {
    if (ctx !== context) {
        context = ctx;
        $('#coach-search').value = '';
        $('#category-filter').value = '';
        $('#favorites-only').checked = false;
        $('#show-hidden').checked = false;
        $('#coach-editor').hidden = true;
        fill($('#coach-list'));
    }
    await refresh();
}

async function loadCoaches() {
    const category = $('#category-filter').value;
    const favoritesOnly = $('#favorites-only').checked;
    const query = $('#coach-search').value.trim();
    let coaches;
    if ($('#show-hidden').checked) {
        coaches = (await api('api/coaches/hidden')).filter(c => !category || c.category === category);
    } else if (query) {
        coaches = (await api('api/coaches/search', { query: { query, category, limit: 100 } })).coaches;
    } else {
        coaches = await listAllCoaches({ category, favorites_only: favoritesOnly || undefined });
    }
    return favoritesOnly ? coaches.filter(c => c.is_favorite) : coaches;
}

/** Reloads the active coach and the list; a slower earlier load never overwrites a newer one. */
async function refresh() {
    const seq = ++loadSeq;
    try {
        const [active, coaches] = await Promise.all([fetchActiveCoach(), loadCoaches()]);
        if (seq !== loadSeq) return;
        say($('#coaches-error'), '');
        $('#active-coach').textContent = active ? active.title : 'None';
        $('#deactivate').disabled = !active;
        render(coaches, active?.id);
    } catch (e) {
        if (seq === loadSeq && e.status !== 401) say($('#coaches-error'), e.message);
    }
}

/** Runs an action, then reloads, keeping keyboard focus on the same button of the same coach. */
async function act(action) {
    const focused = document.activeElement;
    const coachId = focused?.closest('li.coach')?.dataset.coachId;
    const buttonClass = focused?.tagName === 'BUTTON' ? focused.classList[0] : null;
    try {
        await action();
    } catch (e) {
        if (e.status !== 401) say($('#coaches-error'), e.message);
        return;
    }
    await refresh();
    if (coachId && buttonClass) {
        const again = $(`li.coach[data-coach-id="${CSS.escape(coachId)}"] button.${buttonClass}`);
        (again || $('#coach-list'))?.focus?.();
    }
}

function render(coaches, activeId) {
    const hiddenView = $('#show-hidden').checked;
    const list = $('#coach-list');
    if (!coaches.length) {
        fill(list, el('p', { class: 'hint' }, hiddenView ? 'You have no hidden coaches.' : 'No coaches match.'));
        return;
    }
    const known = [...CATEGORIES, ...new Set(coaches.map(c => c.category).filter(c => !CATEGORIES.includes(c)))];
    fill(list, known
        .map(category => [category, coaches.filter(c => c.category === category)])
        .filter(([, inCategory]) => inCategory.length)
        .map(([category, inCategory]) => el('section', { class: 'coach-group', 'aria-labelledby': 'group-' + category },
            el('h2', { id: 'group-' + category }, categoryLabel(category)),
            el('ul', {}, inCategory.map(c => coachItem(c, c.id === activeId, hiddenView))))));
}

function coachItem(coach, isActive, hiddenView) {
    const titleId = 'coach-title-' + coach.id;
    const own = !coach.is_system;
    const button = (cls, label, onclick, extra = {}) =>
        el('button', { type: 'button', class: cls, 'aria-describedby': titleId, onclick, ...extra }, label);
    const path = 'api/coaches/' + encodeURIComponent(coach.id);
    const meta = [
        own ? 'Your coach' : 'System coach',
        coach.tags?.length ? 'Tags: ' + coach.tags.join(', ') : null,
        `Used ${coach.usage_count || 0} ${plural(coach.usage_count || 0, 'time', 'times')}`
    ].filter(Boolean).join(' · ');
    return el('li', { class: 'coach' + (isActive ? ' active' : ''), dataset: { coachId: coach.id } },
        el('div', { class: 'coach-head' },
            el('h3', { class: 'coach-title', id: titleId }, coach.title),
            el('span', { class: 'coach-category' }, categoryLabel(coach.category))),
        isActive ? el('span', { class: 'badge active-badge' }, 'Active') : null,
        coach.description ? el('p', { class: 'coach-description' }, coach.description) : null,
        el('p', { class: 'coach-meta' }, meta),
        el('div', { class: 'coach-actions' },
            // The active coach is marked as such; activating it again would change nothing.
            hiddenView || isActive ? null : button('activate', 'Activate',
                () => act(() => api(path + '/activate', { method: 'POST' }))),
            button('favorite', coach.is_favorite ? '★ Favorite' : '☆ Favorite',
                () => act(() => api(path + '/favorite', { method: 'POST' })), { 'aria-pressed': String(!!coach.is_favorite) }),
            // Only system coaches can be hidden: your own coach you delete instead.
            own ? null : hiddenView
                ? button('show', 'Show', () => act(() => api(path + '/show', { method: 'POST' })))
                : button('hide', 'Hide', () => act(() => api(path + '/hide', { method: 'POST' }))),
            own ? button('edit', 'Edit', () => openCoachForm(coach)) : null,
            own ? button('delete danger', 'Delete', () => {
                if (confirm(`Delete the coach “${coach.title}”? This cannot be undone.`)) {
                    act(() => api(path, { method: 'DELETE' }));
                }
            }) : null));
}
