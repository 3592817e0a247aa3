// A small stand-in for Pika's library page: the library comes through XMLHttpRequest. Each card links to
// /video/{id}, the link AVA's DOM fallback reads. Pika marks a failed video "finished" with an `error` (or without a
// result), so the card's look comes from error/resultUrl, not from status alone.
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

  function renderVideo(v) {
    var err = errorText(v.error);
    var look = v.status !== 'finished' ? 'queued' : err || !v.resultUrl ? 'problem' : 'ready';
    var card = el('a', 'card ' + look);
    card.href = '/video/' + v.id;
    card.dataset.videoId = v.id;
    var still = look === 'queued' ? 'Generating… ' + (v.progress || 0) + '%' : look === 'problem' ? 'Something went wrong' : 'Ready';
    var body = el('div', 'body');
    body.append(el('p', 'prompt', v.promptText || '(no prompt)'), el('span', 'meta', v.status + (v.createdAt ? ' · ' + ago(v.createdAt) : '')));
    if (err) body.append(el('span', 'error', err));
    card.append(el('div', 'still', still), body);
    return card;
  }

  var xhr = new XMLHttpRequest();
  xhr.open('GET', '/api/library?page=1&perPage=30');
  xhr.withCredentials = true;
  xhr.onload = function () {
    if (xhr.status !== 200) {
      grid.replaceChildren(el('p', 'error', 'Could not load your library. HTTP ' + xhr.status));
      return;
    }
    var res = JSON.parse(xhr.responseText);
    var results = (res && res.data && res.data.results) || [];
    grid.replaceChildren();
    if (!results.length) grid.append(el('p', 'muted', 'Your library is empty.'));
    results.forEach(function (v) { grid.append(renderVideo(v)); });
  };
  xhr.onerror = function () { grid.replaceChildren(el('p', 'error', 'Could not load your library (network error).')); };
  xhr.send();
})();
