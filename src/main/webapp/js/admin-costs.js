// Admin cost report (per user, route or model for a period, with a chart) and the tenant's chat budgets.
import { $, el, fill, say, busy, isoDate, usd } from './dom.js';
import { api } from './api.js';

const BUDGET_FIELDS = {
    user_daily_usd: '#budget-user-daily', user_monthly_usd: '#budget-user-monthly',
    tenant_daily_usd: '#budget-tenant-daily', tenant_monthly_usd: '#budget-tenant-monthly'
};

let usersOf = () => [];

export function initCosts(users) {
    usersOf = users;
    const today = new Date();
    $('#cost-from').value = isoDate(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1)));
    $('#cost-to').value = isoDate(today);
    $('#cost-refresh').addEventListener('click', () => busy($('#cost-refresh'), () => loadCosts().catch(fail)));
    $('#cost-group').addEventListener('change', () => loadCosts().catch(fail));
    $('#budget-form').addEventListener('submit', saveBudget);
}

export async function showCosts() {
    await Promise.all([loadCosts(), loadBudget()]);
}

function fail(e) {
    if (e.status !== 401) say($('#admin-error'), e.message);
}

function keyLabel(groupBy, key) {
    if (groupBy !== 'user') return key;
    const user = usersOf().find(u => u.id === key);
    return user?.name ? `${user.name} (${key})` : key;
}

async function loadCosts() {
    const groupBy = $('#cost-group').value;
    const report = await api('api/admin/costs',
        { query: { from: $('#cost-from').value, to: $('#cost-to').value, group_by: groupBy } });
    say($('#admin-error'), '');
    $('#cost-key-heading').textContent = $('#cost-group').selectedOptions[0].textContent;
    const cells = line => [line.calls, line.prompt_tokens, line.completion_tokens].map(n => el('td', { class: 'num' }, String(n)));
    const lines = report.lines || [];
    fill($('#cost-report tbody'), lines.map(line => el('tr', {},
        el('td', {}, keyLabel(groupBy, line.key)), cells(line), el('td', { class: 'num cost' }, usd(line.cost_usd)))));
    if (!lines.length) fill($('#cost-report tbody'), el('tr', {}, el('td', { colspan: 5 }, 'No chat costs in this period.')));
    fill($('#cost-report tfoot'), report.total ? el('tr', {},
        el('th', { scope: 'row' }, 'Total'), cells(report.total), el('td', { class: 'num cost' }, usd(report.total.cost_usd))) : null);
    drawChart(lines.map(l => keyLabel(groupBy, l.key)), lines.map(l => l.cost_usd));
}

function drawChart(labels, values) {
    const canvas = $('#cost-chart');
    if (!window.Chart) return;
    window.Chart.getChart(canvas)?.destroy();
    new window.Chart(canvas, {
        type: 'bar',
        data: { labels, datasets: [{ label: 'Cost (USD)', data: values, backgroundColor: '#1f5fbf' }] },
        options: {
            animation: false,
            maintainAspectRatio: false,
            scales: { y: { beginAtZero: true, title: { display: true, text: 'USD' } } },
            plugins: { legend: { display: false } }
        }
    });
    canvas.dataset.points = String(values.length);
}

async function loadBudget() {
    const budget = await api('api/admin/chat/budget');
    for (const [key, input] of Object.entries(BUDGET_FIELDS)) $(input).value = budget[key] ?? '';
}

async function saveBudget(event) {
    event.preventDefault();
    const body = {};
    for (const [key, input] of Object.entries(BUDGET_FIELDS)) {
        // An empty field goes back to the server's default.
        body[key] = $(input).value === '' ? null : Number($(input).value);
    }
    await busy($('#budget-save'), async () => {
        try {
            const saved = await api('api/admin/chat/budget', { method: 'PUT', body });
            for (const [key, input] of Object.entries(BUDGET_FIELDS)) $(input).value = saved[key] ?? '';
            $('#budget-status').textContent = 'Budgets saved.';
        } catch (e) {
            $('#budget-status').textContent = '';
            fail(e);
            if (BUDGET_FIELDS[e.field]) $(BUDGET_FIELDS[e.field]).focus();
        }
    });
}
