// A small stand-in for Kling's video page (kling.ai/app/video/new). Like the app, it calls its API host
// api-app-global.klingai.com cross-origin: the history (tasks with Kling's numeric web statuses, prompt in
// taskInfo.arguments) through fetch(), the task this tab is still waiting for through XMLHttpRequest, so AVA's tap
// sees both. Kling shows no generation ID in its DOM, so neither does this page's markup
// beyond a data attribute for the tests.
// Page data is rendered with textContent only.
(function () {
  'use strict';
  var el = window.AvaDemo.el;
  var ago = window.AvaDemo.ago;
  var list = document.getElementById('history');
  var API = 'https://api-app-global.klingai.com';
  // The task submitted from this tab (the app keeps it in its state; hard-wired here).
  var WAITING_FOR = '300000030';

  // Kling's web statuses and the words its app shows for them; `kind` only picks the card colour.
  var STATUS = {
    5: ['Queuing', 'pending'], 10: ['Generating', 'pending'], 99: ['Completed', 'done'], 98: ['Partially completed', 'failed'],
    6: ['Generation failed', 'failed'], 50: ['Generation failed', 'failed'], 51: ['No face detected', 'failed'],
    52: ['Payment failed', 'failed'], 7: ['Sensitive text', 'blocked'], 8: ['Sensitive image', 'blocked'],
    9: ['Sensitive result', 'blocked'], 53: ['Generation failed', 'failed'], 54: ['Generation failed', 'failed'],
    58: ['Generation failed', 'failed'],
  };

  function promptOf(t) {
    var args = (t.taskInfo && t.taskInfo.arguments) || [];
    for (var i = 0; i < args.length; i++) if (args[i] && args[i].name === 'prompt') return args[i].value;
    return '';
  }

  function renderTask(item) {
    var t = item.task || {};
    var s = STATUS[t.status] || ['Status ' + t.status, 'pending'];
    var card = el('article', 'task ' + s[1]);
    card.dataset.taskId = String(t.id);
    card.append(
      el('div', 'thumb', s[0]),
      el('p', 'prompt', promptOf(t)),
      el('span', 'meta', ago(t.createTime)),
      el('span', 'code', 'status ' + t.status + (t.message ? ' · ' + t.message : '')),
    );
    return card;
  }

  function getStatus(id) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open('GET', API + '/api/task/status?taskId=' + encodeURIComponent(id));
      xhr.withCredentials = true;
      xhr.responseType = 'json';
      xhr.onload = function () {
        if (xhr.status === 200) resolve(xhr.response);
        else reject(new Error('HTTP ' + xhr.status));
      };
      xhr.onerror = function () { reject(new Error('network error')); };
      xhr.send();
    });
  }

  fetch(API + '/api/user/works/personal/feeds?pageSize=20&contentType=video', { credentials: 'include' })
    .then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    })
    .then(function (res) {
      var history = (res && res.data && res.data.history) || [];
      list.replaceChildren();
      history.forEach(function (item) { list.append(renderTask(item)); });
      return getStatus(WAITING_FOR).then(function (st) {
        if (st && st.data) list.prepend(renderTask(st.data));
      });
    })
    .catch(function (err) {
      list.replaceChildren(el('p', 'code', 'Could not load your history. ' + err.message));
    });
})();
