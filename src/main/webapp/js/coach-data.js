// Coach look-ups shared by the coach selector, the coach form, the chat and the admin screen.
import { api } from './api.js';
import { el, fill } from './dom.js';

export const CATEGORIES = ['training', 'nutrition', 'recovery', 'recipes', 'analysis', 'custom'];

export const categoryLabel = c => c ? c[0].toUpperCase() + c.slice(1) : '';

/** Fills a category select; with an "All" first option (value "") when allLabel is given. */
export function fillCategories(select, allLabel) {
    const keep = select.value;
    fill(select,
        allLabel ? el('option', { value: '' }, allLabel) : null,
        CATEGORIES.map(c => el('option', { value: c }, categoryLabel(c))));
    if (keep) select.value = keep;
}

/** The active coach, or null (the API answers {active:false}, or 204 on older servers). */
export async function fetchActiveCoach() {
    const answer = await api('api/coaches/active');
    if (!answer) return null;
    if ('active' in answer) return answer.active ? answer.coach : null;
    return answer.id ? answer : null;
}

/** Every coach of a listing, following the pages (at most 100 per request). */
export async function listAllCoaches(query = {}) {
    const coaches = [];
    for (let offset = 0; offset < 1000; offset += 100) {
        const page = await api('api/coaches', { query: { ...query, limit: 100, offset } });
        coaches.push(...page.coaches);
        if (!page.has_more) break;
    }
    return coaches;
}
