// A small stand-in for Pika's library page on create.pika.art. The library comes through XMLHttpRequest as a Next.js
// Server Action answer: an RSC stream (text/x-component) whose line `1:` carries {data:{results:[generation]}}, each
// generation {id, promptText, videos:[{id, status: queued|finished|error, resultUrl, error}]} (public code:
// andrewarrow/inspiredby2 pika/list.go). Each card links to /video/{id}, the link AVA's DOM fallback reads.
// Page data is rendered with textContent only.
(function () {
  'use strict';
  var el = window.AvaDemo.el;
  var ago = window.AvaDemo.ago;
  var grid = document.getElementById('library');

  function errorText(e) {
    if (!e) return '';
    if (typeof e === 'string') return e;
    return (e.code ? e.code + ': ' : '') + (e.message || '');
  }

  function renderVideo(v, parent) {
    var err = errorText(v.error);
    var look = v.status === 'queued' ? 'queued' : err || v.status === 'error' || !v.resultUrl ? 'problem' : 'ready';
    var card = el('a', 'card ' + look);
    card.href = '/video/' + v.id;
    card.dataset.videoId = v.id;
    var still = look === 'queued' ? 'Generating… ' + (v.progress || 0) + '%' : look === 'problem' ? 'Something went wrong' : 'Ready';
    var body = el('div', 'body');
    var created = parent.createdAt || v.createdAt;
    var meta = v.status + (created ? ' · ' + ago(created) : '');
    body.append(el('p', 'prompt', parent.promptText || '(no prompt)'), el('span', 'meta', meta));
    if (err) body.append(el('span', 'error', err));
    card.append(el('div', 'still', still), body);
    return card;
  }

  // The RSC row that carries the action's result: `1:{json}` (row 0 is the action's own header).
  function actionResult(text) {
    var lines = String(text).split('\n');
    for (var i = 0; i < lines.length; i++) if (lines[i].indexOf('1:') === 0) return JSON.parse(lines[i].slice(2));
    return null;
  }

  var xhr = new XMLHttpRequest();
  xhr.open('GET', '/my-library');
  xhr.setRequestHeader('Accept', 'text/x-component');
  xhr.withCredentials = true;
  xhr.onload = function () {
    if (xhr.status !== 200) {
      grid.replaceChildren(el('p', 'error', 'Could not load your library. HTTP ' + xhr.status));
      return;
    }
    var res = actionResult(xhr.responseText);
    var results = (res && res.data && res.data.results) || [];
    grid.replaceChildren();
    if (!results.length) grid.append(el('p', 'muted', 'Your library is empty.'));
    results.forEach(function (g) { (g.videos || []).forEach(function (v) { grid.append(renderVideo(v, g)); }); });
  };
  xhr.onerror = function () { grid.replaceChildren(el('p', 'error', 'Could not load your library (network error).')); };
  xhr.send();
})();
