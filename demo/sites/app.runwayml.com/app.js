// A small stand-in for Runway's generate session page. Like the real app it calls its API host cross-origin with a
// bearer token (so the browser sends CORS preflights): the session's tasks in the web app's shape through fetch(),
// then each unfinished or failed task in the public API's shape (`failureCode`) through XMLHttpRequest.
// Page data is rendered with textContent only.
(function () {
  'use strict';
  var el = window.AvaDemo.el;
  var ago = window.AvaDemo.ago;
  var API = 'https://api.runwayml.com';
  // Not a secret: the demo server ignores it; it is here so the requests look like the real app's.
  var AUTH = 'Bearer demo-token-not-a-secret';
  var feed = document.getElementById('feed');
  var params = new URLSearchParams(location.search);
  var sessionId = params.get('sessionId') || '';
  var team = (/\/teams\/([^/]+)\//.exec(location.pathname) || [])[1] || 'demo';

  function listTasks() {
    var q = new URLSearchParams({ teamId: team, sessionId: sessionId, limit: '50' });
    return fetch(API + '/v1/tasks?' + q, { headers: { Authorization: AUTH, 'X-Runway-Workspace': team } }).then(function (r) {
      if (!r.ok) throw new Error('tasks: HTTP ' + r.status);
      return r.json();
    });
  }

  function getTask(id) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open('GET', API + '/v1/tasks/' + encodeURIComponent(id));
      xhr.setRequestHeader('Authorization', AUTH);
      xhr.onload = function () {
        if (xhr.status === 200) resolve(JSON.parse(xhr.responseText));
        else reject(new Error('task ' + id + ': HTTP ' + xhr.status));
      };
      xhr.onerror = function () { reject(new Error('task ' + id + ': network error')); };
      xhr.send();
    });
  }

  var PREVIEW = {
    SUCCEEDED: 'Video ready',
    FAILED: 'Generation failed',
    RUNNING: 'Generating…',
    PENDING: 'In queue',
    THROTTLED: 'Waiting for capacity',
  };

  function renderTask(t) {
    var card = el('article', 'task ' + t.status);
    card.dataset.taskId = t.id;
    var preview = el('div', 'preview', PREVIEW[t.status] || t.status);
    var prompt = el('p', 'prompt', t.options && t.options.textPrompt);
    var line = el('div', 'line');
    line.append(el('span', 'status ' + t.status, t.status), document.createTextNode(' · ' + t.taskType + ' · ' + ago(t.createdAt)));
    card.append(preview, prompt, line);
    if (t.status === 'RUNNING' || t.status === 'PENDING' || t.status === 'THROTTLED') {
      var bar = el('progress');
      bar.max = 1;
      bar.value = t.progressRatio || 0;
      card.append(bar);
    }
    if (t.error && t.error.message) card.append(el('p', 'error', t.error.message));
    var art = t.artifacts && t.artifacts[0];
    if (art && art.url) {
      var a = el('a', 'line', 'Download ' + (art.filename || 'video'));
      a.href = art.url;
      a.rel = 'noreferrer';
      card.append(a);
    }
    return card;
  }

  // The task detail adds the API's failure code under the card, the way the real app's info panel shows it.
  function addDetail(card, detail) {
    var old = card.querySelector('.code');
    if (old) old.remove();
    var parts = ['task ' + detail.id, detail.status];
    if (detail.failureCode) parts.push(detail.failureCode);
    card.append(el('span', 'code', parts.join(' · ')));
  }

  document.getElementById('session').textContent = sessionId ? 'sessionId ' + sessionId : 'no session';

  listTasks().then(function (data) {
    var tasks = (data && data.tasks) || [];
    feed.replaceChildren();
    if (!tasks.length) feed.append(el('p', 'muted', 'No generations in this session yet.'));
    tasks.forEach(function (t) {
      var card = renderTask(t);
      feed.append(card);
      if (t.status !== 'SUCCEEDED') {
        getTask(t.id).then(function (d) { addDetail(card, d); }).catch(function () { /* the list already shows it */ });
      }
    });
  }).catch(function (err) {
    feed.replaceChildren(el('p', 'error', 'Could not load this session. ' + err.message));
  });
})();
