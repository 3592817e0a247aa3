// A small stand-in for Luma Dream Machine's creations page. The 2024 web app's own list (states pending, processing,
// completed, failed; video.url) comes from its API host through fetch(); a second list in the official API's shape
// (failure_reason, failure_code) through XMLHttpRequest, and each unfinished generation of it is asked for again by
// id, so AVA's tap sees both shapes. Each card links to /dream-machine/creations/{id}, the link AVA's DOM fallback reads.
// Page data is rendered with textContent only.
(function () {
  'use strict';
  var el = window.AvaDemo.el;
  var ago = window.AvaDemo.ago;
  var API = '/api/web/generations';
  var grid = document.getElementById('creations');

  function getGeneration(id) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open('GET', API + '/' + encodeURIComponent(id));
      xhr.onload = function () {
        if (xhr.status === 200) resolve(JSON.parse(xhr.responseText));
        else reject(new Error('generation ' + id + ': HTTP ' + xhr.status));
      };
      xhr.onerror = function () { reject(new Error('generation ' + id + ': network error')); };
      xhr.send();
    });
  }

  var WEB_LIST = 'https://internal-api.virginia.labs.lumalabs.ai/api/photon/v1/user/generations/?offset=0&limit=10';
  var FRAME = {
    completed: 'Ready', failed: 'Failed', dreaming: 'Dreaming…', processing: 'Dreaming…', queued: 'In queue', pending: 'In queue',
  };

  function getList() {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open('GET', API + '?limit=20&offset=0');
      xhr.onload = function () {
        if (xhr.status === 200) resolve(JSON.parse(xhr.responseText));
        else reject(new Error('HTTP ' + xhr.status));
      };
      xhr.onerror = function () { reject(new Error('network error')); };
      xhr.send();
    });
  }

  function renderGeneration(g) {
    var card = el('a', 'creation ' + g.state);
    card.href = '/dream-machine/creations/' + g.id;
    card.dataset.generationId = g.id;
    var info = el('div', 'info');
    info.append(
      el('p', 'prompt', g.prompt || (g.request && g.request.prompt)),
      el('span', 'meta', g.state + ' · ' + (g.model || '') + ' · ' + ago(g.created_at)),
    );
    if (g.failure_reason) info.append(el('span', 'reason', g.failure_reason + (g.failure_code ? ' (' + g.failure_code + ')' : '')));
    card.append(el('div', 'frame', FRAME[g.state] || g.state), info);
    return card;
  }

  fetch(WEB_LIST, { credentials: 'include' })
    .then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    })
    .then(function (webList) {
      return getList().then(function (list) { return [webList, list]; });
    })
    .then(function (lists) {
      var web = Array.isArray(lists[0]) ? lists[0] : [];
      var gens = Array.isArray(lists[1]) ? lists[1] : [];
      grid.replaceChildren();
      if (!web.length && !gens.length) grid.append(el('p', 'muted', 'No creations yet.'));
      web.forEach(function (g) { grid.append(renderGeneration(g)); });
      gens.forEach(function (g) {
        var card = renderGeneration(g);
        grid.append(card);
        if (g.state === 'queued' || g.state === 'dreaming') {
          getGeneration(g.id).then(function (d) {
            card.querySelector('.info').append(el('span', 'checked', 'checked again: ' + d.state));
          }).catch(function () { /* the list already shows it */ });
        }
      });
    })
    .catch(function (err) {
      grid.replaceChildren(el('p', 'reason', 'Could not load your creations. ' + err.message));
    });
})();
