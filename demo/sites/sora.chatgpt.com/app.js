// A small stand-in for the Sora web app: the same routes (/library, /drafts, /d/<gen_id>) and the same backend calls
// with the same JSON shapes, so AVA's page-world tap sees what it would see on sora.chatgpt.com. The pending tasks come
// through fetch() and the drafts through XMLHttpRequest on purpose: the tap must handle both.
// Page data is rendered with textContent only: one prompt is an XSS probe.
(function () {
  'use strict';
  var el = window.AvaDemo.el;
  var ago = window.AvaDemo.ago;
  var app = document.getElementById('app');
  var route = location.pathname.replace(/\/+$/, '') || '/library';
  var detailId = (/^\/d\/(gen_[0-9a-z]{26})$/.exec(route) || [])[1];
  var POLL_MS = 10000;
  var MAX_POLLS = 30;

  function getPending() {
    return fetch('/backend/nf/pending/v2', { credentials: 'include' }).then(function (r) {
      if (!r.ok) throw new Error('pending: HTTP ' + r.status);
      return r.json();
    });
  }

  function getDrafts() {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open('GET', '/backend/project_y/profile/drafts/v2?limit=24');
      xhr.responseType = 'json';
      xhr.onload = function () {
        if (xhr.status === 200) resolve(xhr.response);
        else reject(new Error('drafts: HTTP ' + xhr.status));
      };
      xhr.onerror = function () { reject(new Error('drafts: network error')); };
      xhr.send();
    });
  }

  // The profile page reads the profile feed (finished drafts with their video links) through fetch().
  function getProfileFeed() {
    return fetch('/backend/project_y/profile_feed/me?limit=24', { credentials: 'include' }).then(function (r) {
      if (!r.ok) throw new Error('profile: HTTP ' + r.status);
      return r.json();
    });
  }

  function showCredits() {
    fetch('/backend/nf/check', { credentials: 'include' })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        var c = data && data.rate_limit_and_credit_balance;
        if (c) document.getElementById('credits').textContent = c.credit_remaining + ' credits remaining';
      })
      .catch(function () { /* the balance is decoration on this page */ });
  }

  var STATUS_BADGE = {
    running: ['Generating', 'warn'],
    succeeded: ['Ready', 'ok'],
    failed: ['Failed', 'bad'],
    sora_draft: ['Draft', 'ok'],
    sora_error: ['Error', 'bad'],
    sora_content_violation: ['Blocked', 'bad'],
  };

  function badge(status) {
    var b = STATUS_BADGE[status] || [status, ''];
    return el('span', 'badge ' + b[1], b[0]);
  }

  function renderTasks(tasks) {
    var section = el('section', 'pending');
    section.append(el('h2', '', 'In progress and recent'));
    var list = el('ul', 'tasks');
    tasks.forEach(function (t) {
      var li = el('li', 'task ' + t.status);
      li.dataset.taskId = t.id;
      li.append(el('p', 'prompt', t.prompt));
      var state = el('div', 'state');
      state.append(badge(t.status), el('div', 'muted', ago(t.created_at)));
      li.append(state);
      if (t.status === 'running') {
        var bar = el('progress');
        bar.max = 1;
        bar.value = t.progress_pct || 0;
        li.append(bar);
      }
      if (t.failure_reason) li.append(el('p', 'reason', t.failure_reason));
      list.append(li);
    });
    section.append(list);
    return section;
  }

  function renderCard(d) {
    var card = el('article', 'card ' + d.kind);
    card.dataset.generation = d.id;
    var link = el('a', 'thumb');
    link.href = '/d/' + d.id;
    link.append(badge(d.kind));
    var meta = el('div', 'meta');
    meta.append(el('p', 'prompt', d.prompt));
    meta.append(el('span', 'muted', ago(d.created_at)));
    if (d.reason_str) meta.append(el('p', 'reason', d.reason_str));
    card.append(link, meta);
    return card;
  }

  function renderDrafts(items) {
    var section = el('section', 'drafts');
    section.append(el('h2', '', 'Drafts'));
    var grid = el('div', 'grid');
    items.forEach(function (d) { grid.append(renderCard(d)); });
    section.append(grid);
    return section;
  }

  function renderDetail(d) {
    var wrap = el('section', 'detail');
    if (!d) {
      wrap.append(el('h1', '', 'Not found'), el('p', 'muted', 'This draft is not in your library.'));
      return wrap;
    }
    var thumb = el('div', 'thumb');
    thumb.append(badge(d.kind));
    var dl = el('dl');
    [['Generation ID', d.id], ['Task ID', d.task_id], ['Prompt', d.prompt], ['Created', new Date(d.created_at * 1000).toISOString()]]
      .forEach(function (row) { dl.append(el('dt', '', row[0]), el('dd', '', row[1])); });
    wrap.append(el('h1', '', 'Draft'), thumb, dl);
    if (d.reason_str) wrap.append(el('p', 'reason', d.reason_str));
    if (d.downloadable_url) {
      var a = el('a', '', 'Download');
      a.href = d.downloadable_url;
      a.rel = 'noreferrer';
      wrap.append(a);
    }
    return wrap;
  }

  function fail(err) {
    app.replaceChildren(el('p', 'reason', 'Something went wrong loading your library. ' + err.message));
  }

  // The real app keeps polling the pending endpoint while something is generating.
  function pollPending(section, polls) {
    setTimeout(function () {
      getPending().then(function (tasks) {
        var next = renderTasks(tasks);
        section.replaceWith(next);
        if (polls + 1 < MAX_POLLS && tasks.some(function (t) { return t.status === 'running'; })) pollPending(next, polls + 1);
      }).catch(function () { /* keep the last list on a failed poll */ });
    }, POLL_MS);
  }

  document.querySelectorAll('[data-nav]').forEach(function (a) {
    if (route === '/' + a.dataset.nav) a.classList.add('active');
  });
  showCredits();

  if (detailId) {
    getDrafts().then(function (data) {
      var d = (data.items || []).find(function (x) { return x.id === detailId; });
      app.replaceChildren(renderDetail(d));
    }).catch(fail);
  } else if (route === '/profile') {
    getProfileFeed().then(function (data) {
      var items = data.items || [];
      var section = renderDrafts(items);
      // Each finished draft plays its video, as the real profile grid does.
      items.forEach(function (d, i) {
        if (!d.downloadable_url) return;
        var v = el('video');
        v.src = d.downloadable_url;
        v.muted = true;
        v.controls = true;
        v.preload = 'metadata';
        section.querySelectorAll('article')[i].append(v);
      });
      app.replaceChildren(el('h1', '', 'Profile'), section);
    }).catch(fail);
  } else if (route === '/drafts') {
    getDrafts().then(function (data) {
      app.replaceChildren(el('h1', '', 'Drafts'), renderDrafts(data.items || []));
    }).catch(fail);
  } else {
    Promise.all([getPending(), getDrafts()]).then(function (res) {
      var tasks = renderTasks(res[0]);
      app.replaceChildren(el('h1', '', 'Library'), tasks, renderDrafts(res[1].items || []));
      if (res[0].some(function (t) { return t.status === 'running'; })) pollPending(tasks, 0);
    }).catch(fail);
  }
})();
