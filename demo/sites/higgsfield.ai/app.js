// A small stand-in for Higgsfield's create-video page: the person's requests come through XMLHttpRequest, in the
// documented request-status shape (request_id, status queued|in_progress|completed|failed|nsfw|canceled). Higgsfield
// shows no request ID in its DOM; the data attribute is for the tests only. Page data is rendered with textContent only.
(function () {
  'use strict';
  var el = window.AvaDemo.el;
  var ago = window.AvaDemo.ago;
  var grid = document.getElementById('requests');

  var SHOT = { completed: 'Ready', failed: 'Failed', nsfw: 'Flagged by moderation', in_progress: 'Generating…', queued: 'In queue', canceled: 'Canceled' };

  function renderRequest(r) {
    var card = el('article', 'req ' + r.status);
    card.dataset.requestId = r.request_id;
    var body = el('div', 'body');
    body.append(el('p', 'prompt', r.prompt), el('span', 'meta', r.status + ' · ' + ago(r.created_at)));
    var err = typeof r.error === 'string' ? r.error : r.error && r.error.message;
    if (err) body.append(el('span', 'error', err));
    card.append(el('div', 'shot', SHOT[r.status] || r.status), body);
    return card;
  }

  var xhr = new XMLHttpRequest();
  xhr.open('GET', '/api/v1/requests?type=video&limit=20');
  xhr.withCredentials = true;
  xhr.onload = function () {
    if (xhr.status !== 200) {
      grid.replaceChildren(el('p', 'error', 'Could not load your generations. HTTP ' + xhr.status));
      return;
    }
    var res = JSON.parse(xhr.responseText);
    var requests = (res && res.requests) || [];
    grid.replaceChildren();
    if (!requests.length) grid.append(el('p', 'muted', 'Nothing generated yet.'));
    requests.forEach(function (r) { grid.append(renderRequest(r)); });
  };
  xhr.onerror = function () { grid.replaceChildren(el('p', 'error', 'Could not load your generations (network error).')); };
  xhr.send();
})();
