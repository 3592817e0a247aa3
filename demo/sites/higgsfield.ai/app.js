// A small stand-in for Higgsfield's create-video page. Like the web app it calls its own API realm,
// fnf.higgsfield.ai, cross-origin: each job by id (GET /jobs/{id}, through fetch) and the status of the job this tab
// just submitted (GET /jobs/{id}/status, through XMLHttpRequest). Jobs are {id, status, job_set_type, result_url,
// params}. The app keeps its job ids in its own state (hard-wired here). Higgsfield shows no job ID in its DOM; the
// data attribute is for the tests only. Page data is rendered with textContent only.
(function () {
  'use strict';
  var el = window.AvaDemo.el;
  var ago = window.AvaDemo.ago;
  var API = 'https://fnf.higgsfield.ai';
  var JOBS = ['11', '12', '13', '14', '15'].map(function (n) { return '3c5e7a9b-1d2f-4a6b-8c0d-2e4f6a8b0c' + n; });
  var SUBMITTED = '3c5e7a9b-1d2f-4a6b-8c0d-2e4f6a8b0c01';
  var grid = document.getElementById('requests');

  var SHOT = { completed: 'Ready', failed: 'Failed', nsfw: 'Flagged by moderation', in_progress: 'Generating…', queued: 'In queue' };

  function renderJob(j) {
    var card = el('article', 'req ' + j.status);
    card.dataset.requestId = j.id;
    var body = el('div', 'body');
    var prompt = (j.params && j.params.prompt) || j.job_set_type;
    body.append(el('p', 'prompt', prompt), el('span', 'meta', j.status + (j.created_at ? ' · ' + ago(j.created_at) : '')));
    card.append(el('div', 'shot', SHOT[j.status] || j.status), body);
    return card;
  }

  function getStatus(id) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open('GET', API + '/jobs/' + encodeURIComponent(id) + '/status');
      xhr.onload = function () {
        if (xhr.status === 200) resolve(JSON.parse(xhr.responseText));
        else reject(new Error('HTTP ' + xhr.status));
      };
      xhr.onerror = function () { reject(new Error('network error')); };
      xhr.send();
    });
  }

  Promise.all(JOBS.map(function (id) {
    return fetch(API + '/jobs/' + encodeURIComponent(id)).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    });
  }))
    .then(function (jobs) {
      grid.replaceChildren();
      jobs.forEach(function (j) { grid.append(renderJob(j)); });
      return getStatus(SUBMITTED).then(function (s) { grid.prepend(renderJob(s)); });
    })
    .catch(function (err) {
      grid.replaceChildren(el('p', 'error', 'Could not load your generations. ' + err.message));
    });
})();
