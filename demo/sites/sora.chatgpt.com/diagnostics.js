// One watched response by fetch (JSON of a shape no parser knows), one by XMLHttpRequest (not JSON at all), and one
// of jobs in a shape Sora's parser does not know but whose {job_id, state} the generic fallback reads.
const state = document.getElementById('state');
const xhr = () =>
  new Promise((resolve, reject) => {
    const r = new XMLHttpRequest();
    r.open('GET', '/backend/nf/pending/v3-garbled.json');
    r.onload = () => resolve(r.responseText);
    r.onerror = reject;
    r.send();
  });
Promise.all([fetch('/backend/nf/pending/v3-unknown.json').then((r) => r.json()), xhr(), fetch('/backend/nf/pending/v3-jobs.json')]).then(
  () => (state.textContent = 'done'),
  (e) => (state.textContent = `failed: ${e}`),
);
