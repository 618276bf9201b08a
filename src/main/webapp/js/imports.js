// Activity import: drag and drop or choose files; each file is uploaded (first half of its share of the
// progress bar, from XHR upload progress: fetch has none) and its import job polled (second half).
import { $, el, fill } from './dom.js';
import { api, authHeaders, failure } from './api.js';

const POLL_MS = 300;
let onImported = () => {};
let running = false;

export function initImports(imported) {
    onImported = imported;
    const zone = $('#drop-zone');
    const input = $('#import-file');
    input.addEventListener('change', () => {
        importFiles([...input.files]);
        input.value = '';
    });
    zone.addEventListener('dragover', e => {
        e.preventDefault();
        zone.classList.add('dragging');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
    zone.addEventListener('drop', e => {
        e.preventDefault();
        zone.classList.remove('dragging');
        importFiles([...(e.dataTransfer?.files || [])]);
    });
}

function setProgress(percent) {
    $('#import-progress').value = Math.max(0, Math.min(100, Math.round(percent)));
}

const status = text => {
    $('#import-status').textContent = text;
};

function result(name, state, message) {
    $('#import-results').append(el('li', { class: 'status-' + state },
        el('strong', { class: 'file-name' }, name), ' ',
        el('span', { class: 'file-status' }, state),
        message ? el('span', { class: 'file-message' }, ' — ' + message) : null));
}

async function importFiles(files) {
    if (!files.length || running) return;
    running = true;
    $('#import-file').disabled = true;
    fill($('#import-results'));
    setProgress(0);
    const totals = { imported: 0, duplicates: 0, failed: 0 };
    try {
        for (const [index, file] of files.entries()) {
            const share = fraction => setProgress(100 * (index + fraction) / files.length);
            const of = files.length > 1 ? ` (${index + 1} of ${files.length})` : '';
            try {
                status(`Uploading ${file.name}${of}…`);
                const job = await upload(file, loaded => share(loaded / 2));
                status(`Importing ${file.name}${of}…`);
                const finished = await poll(job.id, percent => share(0.5 + percent / 200));
                for (const f of finished.files || []) result(f.file ?? f.name, f.status, f.reason ?? f.message);
                if (finished.status === 'failed' && finished.error) result(file.name, 'failed', finished.error);
                totals.imported += finished.imported || 0;
                totals.duplicates += finished.duplicates || 0;
                totals.failed += finished.failed || 0;
            } catch (e) {
                if (e.status === 401) return;
                result(file.name, 'failed', e.message);
                totals.failed += 1;
            }
            share(1);
        }
        status(`Imported ${totals.imported}, duplicates ${totals.duplicates}, failed ${totals.failed} — done`);
        onImported();
    } finally {
        running = false;
        $('#import-file').disabled = false;
    }
}

/** POST api/activities/import as multipart field `file`; resolves to the 202 job. */
function upload(file, onProgress) {
    return new Promise((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        xhr.open('POST', 'api/activities/import');
        for (const [name, value] of Object.entries({ Accept: 'application/json', ...authHeaders() })) {
            xhr.setRequestHeader(name, value);
        }
        xhr.upload.onprogress = e => {
            if (e.lengthComputable) onProgress(e.loaded / e.total);
        };
        xhr.onload = async () => {
            if (xhr.status >= 200 && xhr.status < 300) {
                resolve(JSON.parse(xhr.responseText));
            } else {
                // Same error handling as every other call, 401 sign-out included.
                reject(await failure(new Response(xhr.responseText, { status: xhr.status })));
            }
        };
        xhr.onerror = () => reject(new Error('the upload failed: the server could not be reached'));
        const form = new FormData();
        form.append('file', file, file.name);
        xhr.send(form);
    });
}

/** Polls GET api/imports/{id} until the job is done or failed. */
async function poll(id, onPercent) {
    for (;;) {
        const job = await api('api/imports/' + encodeURIComponent(id));
        onPercent(job.percent || 0);
        if (job.status === 'done' || job.status === 'failed') return job;
        await new Promise(resolve => setTimeout(resolve, POLL_MS));
    }
}
