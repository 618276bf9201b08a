// Small DOM helpers. Everything that shows user input (coach titles, prompts, chat text) goes through
// textContent or attributes set here, never through innerHTML.

/**
 * el('button', {class: 'x', type: 'button', onclick: fn, dataset: {id}}, 'text', child, ...)
 * Attributes named on* become listeners; `false`/null/undefined attributes are left out.
 */
export function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
        if (value === false || value === null || value === undefined) continue;
        if (name.startsWith('on') && typeof value === 'function') {
            node.addEventListener(name.slice(2), value);
        } else if (name === 'dataset') {
            Object.assign(node.dataset, value);
        } else if (name === 'class') {
            node.className = value;
        } else {
            node.setAttribute(name, value === true ? '' : String(value));
        }
    }
    append(node, children);
    return node;
}

function append(node, children) {
    for (const child of children.flat()) {
        if (child === null || child === undefined || child === false) continue;
        node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
}

/** Replaces the node's children. */
export function fill(node, ...children) {
    node.replaceChildren();
    append(node, children);
    return node;
}

export const $ = (selector, root = document) => root.querySelector(selector);

/** Shows a message in an alert region (role=alert in the HTML), or hides it when the message is empty. */
export function say(region, message) {
    region.textContent = message || '';
    region.hidden = !message;
}

/** Calls fn after the input has been quiet for `ms`, so typing does not send a request per key. */
export function debounce(fn, ms) {
    let timer;
    return (...args) => {
        clearTimeout(timer);
        timer = setTimeout(() => fn(...args), ms);
    };
}

/** Disables the button while the action runs, so a double click does not send it twice. */
export async function busy(button, action) {
    button.disabled = true;
    try {
        return await action();
    } finally {
        button.disabled = false;
    }
}

export function isoDate(date) {
    return date.toISOString().slice(0, 10);
}

export function usd(value) {
    return '$' + Number(value || 0).toFixed(4);
}

/** A table body from rows of cell values (strings or nodes). */
export function tableRows(tbody, rows) {
    fill(tbody, rows.map(cells => el('tr', {}, cells.map(c => el('td', {}, c)))));
}
