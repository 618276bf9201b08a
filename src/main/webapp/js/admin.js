// Admin (#/admin, role admin): system coaches with their visibility, and assignments per coach.
// Costs and budgets are admin-costs.js. The router never shows this screen to a non-admin.
import { $, el, fill, say, busy } from './dom.js';
import { api } from './api.js';
import { categoryLabel, fillCategories } from './coach-data.js';
import { initCosts, showCosts } from './admin-costs.js';

const FIELD_INPUTS = {
    title: '#admin-coach-title', description: '#admin-coach-description', category: '#admin-coach-category',
    system_prompt: '#admin-coach-prompt', visibility: '#admin-coach-visibility'
};

let context = null;
let editing = null;
let assigning = null;
let users = [];

export function init() {
    fillCategories($('#admin-coach-category'));
    $('#admin-new-coach').addEventListener('click', () => openForm(null));
    $('#admin-coach-cancel').addEventListener('click', closeForm);
    $('#admin-coach-form').addEventListener('submit', save);
    $('#assign').addEventListener('click', () => busy($('#assign'), assign));
    initCosts(() => users);
}

export async function show(ctx) {
    if (ctx !== context) {
        context = ctx;
        closeForm();
        $('#assignments').hidden = true;
        assigning = null;
    }
    // Only a super-admin may publish to every tenant.
    $('#admin-coach-visibility option[value="global"]').disabled = !ctx.isSuperAdmin;
    $('#admin-coach-visibility option[value="global"]').hidden = !ctx.isSuperAdmin;
    users = await api('api/admin/users');
    fill($('#assign-user'), users.map(u => el('option', { value: u.id }, `${u.name || u.id} (${u.id})`)));
    await Promise.all([loadCoaches(), showCosts()]);
    if (assigning) await loadAssignments();
}

function fail(e, region = $('#admin-error')) {
    if (e.status !== 401) say(region, e.message);
}

const coachPath = id => 'api/admin/coaches/' + encodeURIComponent(id);

async function loadCoaches() {
    const coaches = [];
    for (let offset = 0; offset < 1000; offset += 100) {
        const page = await api('api/admin/coaches', { query: { limit: 100, offset } });
        coaches.push(...page.coaches);
        if (!page.has_more) break;
    }
    say($('#admin-error'), '');
    const shown = assigning && coaches.find(c => c.id === assigning.id);
    if (shown) $('#assignments-heading').textContent = 'Assignments: ' + shown.title;
    fill($('#admin-coach-list'), coaches.map(coachItem));
    if (!coaches.length) fill($('#admin-coach-list'), el('li', { class: 'hint' }, 'No system coaches yet.'));
}

function coachItem(coach) {
    const titleId = 'admin-coach-' + coach.id;
    const button = (cls, label, onclick) =>
        el('button', { type: 'button', class: cls, 'aria-describedby': titleId, onclick }, label);
    return el('li', { dataset: { coachId: coach.id } },
        el('div', { class: 'coach-head' },
            el('h3', { class: 'coach-title', id: titleId }, coach.title),
            el('span', { class: 'coach-category' }, categoryLabel(coach.category))),
        el('p', { class: 'coach-meta' },
            el('span', { class: 'visibility' }, 'Visibility: ' + coach.visibility), ' · ',
            el('span', { class: 'usage' },
                `${coach.usage_count} uses by ${coach.user_count} users · ${coach.assignment_count} assigned`),
            ` · ${coach.token_count} tokens`),
        el('div', { class: 'coach-actions' },
            button('edit', 'Edit', () => openForm(coach).catch(e => fail(e))),
            button('assignments', 'Assignments', () => openAssignments(coach).catch(e => fail(e))),
            button('delete danger', 'Delete', () => remove(coach))));
}

async function remove(coach) {
    if (!confirm(`Delete the system coach “${coach.title}” for everyone? This cannot be undone.`)) return;
    try {
        await api(coachPath(coach.id), { method: 'DELETE' });
        if (assigning?.id === coach.id) {
            assigning = null;
            $('#assignments').hidden = true;
        }
        await loadCoaches();
    } catch (e) {
        fail(e);
    }
}

async function openForm(coach) {
    const form = $('#admin-coach-form');
    form.reset();
    say($('#admin-coach-form-error'), '');
    editing = coach;
    $('#admin-coach-form-heading').textContent = coach ? 'Edit system coach' : 'New system coach';
    $('#admin-coach-category').value = 'custom';
    $('#admin-coach-visibility').value = 'tenant';
    form.hidden = false;
    if (coach) {
        // The list leaves the prompt out: read the whole coach.
        const full = await api(coachPath(coach.id));
        $('#admin-coach-title').value = full.title;
        $('#admin-coach-description').value = full.description || '';
        $('#admin-coach-category').value = full.category;
        $('#admin-coach-visibility').value = full.visibility;
        $('#admin-coach-prompt').value = full.system_prompt || '';
    }
    $('#admin-coach-title').focus();
}

function closeForm() {
    $('#admin-coach-form').hidden = true;
    editing = null;
}

async function save(event) {
    event.preventDefault();
    const body = {
        title: $('#admin-coach-title').value.trim(),
        description: $('#admin-coach-description').value.trim(),
        category: $('#admin-coach-category').value,
        visibility: $('#admin-coach-visibility').value,
        system_prompt: $('#admin-coach-prompt').value
    };
    await busy($('#admin-coach-save'), async () => {
        try {
            await api(editing ? coachPath(editing.id) : 'api/admin/coaches',
                { method: editing ? 'PATCH' : 'POST', body });
            closeForm();
            $('#admin-new-coach').focus();
            await loadCoaches();
        } catch (e) {
            fail(e, $('#admin-coach-form-error'));
            const field = FIELD_INPUTS[e.field];
            if (field) $(field).focus();
        }
    });
}

async function openAssignments(coach) {
    assigning = coach;
    $('#assignments-heading').textContent = 'Assignments: ' + coach.title;
    $('#assignments').hidden = false;
    await loadAssignments();
    $('#assign-user').focus();
}

async function loadAssignments() {
    const coach = assigning;
    const assigned = await api(coachPath(coach.id) + '/assignments');
    if (assigning !== coach) return;
    fill($('#assignment-list'), assigned.map(a => el('li', { dataset: { userId: a.user_id } },
        el('span', {}, `${a.name || a.user_id} (${a.user_id})`),
        el('button', {
            type: 'button', class: 'unassign', 'aria-label': `Unassign ${a.name || a.user_id}`,
            onclick: () => unassign(a.user_id)
        }, 'Unassign'))));
    if (!assigned.length) fill($('#assignment-list'), el('li', { class: 'hint' }, 'Not assigned to anyone.'));
}

async function assign() {
    const userId = $('#assign-user').value;
    if (!assigning || !userId) return;
    try {
        await api(coachPath(assigning.id) + '/assignments', { method: 'POST', body: { user_id: userId } });
        await Promise.all([loadAssignments(), loadCoaches()]);
    } catch (e) {
        fail(e);
    }
}

async function unassign(userId) {
    try {
        await api(`${coachPath(assigning.id)}/assignments/${encodeURIComponent(userId)}`, { method: 'DELETE' });
        await Promise.all([loadAssignments(), loadCoaches()]);
        $('#assign-user').focus();
    } catch (e) {
        fail(e);
    }
}
