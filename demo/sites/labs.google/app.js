// A small stand-in for Flow's project page (labs.google/fx/tools/flow). Like the real app it asks its API host
// (aisandbox-pa.googleapis.com, cross-origin with a bearer token) for the status of the project's scenes: first load
// through XMLHttpRequest, then one poll through fetch(), so AVA's tap sees both. The real call is a POST with the
// operation names in the body; the demo server answers GET only, and the response shape is what matters to AVA.
// Page data is rendered with textContent only.
(function () {
  'use strict';
  var el = window.AvaDemo.el;
  var ago = window.AvaDemo.ago;
  var STATUS_URL = 'https://aisandbox-pa.googleapis.com/v1/video:batchCheckAsyncVideoGenerationStatus';
  // Not a secret: the demo server ignores it; it is here so the requests look like the real app's.
  var AUTH = 'Bearer demo-token-not-a-secret';
  var grid = document.getElementById('scenes');
  var projectId = (/\/project\/([^/?#]+)/.exec(location.pathname) || [])[1] || '';

  function viaXhr(url) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open('GET', url);
      xhr.setRequestHeader('Authorization', AUTH);
      xhr.onload = function () {
        if (xhr.status === 200) resolve(JSON.parse(xhr.responseText));
        else reject(new Error('HTTP ' + xhr.status));
      };
      xhr.onerror = function () { reject(new Error('network error')); };
      xhr.send();
    });
  }

  function viaFetch(url) {
    return fetch(url, { headers: { Authorization: AUTH } }).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    });
  }

  // Flow's status names without the MEDIA_GENERATION_STATUS_ prefix, and the words the app shows for them.
  var LABEL = { SUCCESSFUL: 'Ready', FAILED: 'Failed', REJECTED: 'Rejected', ACTIVE: 'Generating…', PENDING: 'Queued' };

  function renderScene(entry) {
    var short = String(entry.status || '').replace('MEDIA_GENERATION_STATUS_', '');
    var op = entry.operation || {};
    var video = (op.metadata && op.metadata.video) || {};
    var card = el('article', 'scene ' + short);
    card.dataset.sceneId = entry.sceneId;
    var body = el('div', 'body');
    body.append(el('p', 'prompt', video.prompt), el('span', 'meta', short + ' · ' + ago(entry.createTime)));
    if (op.error) body.append(el('span', 'error', op.error.code + ' ' + op.error.message));
    card.append(el('div', 'clip', LABEL[short] || short), body);
    return card;
  }

  function render(data) {
    var ops = (data && data.operations) || [];
    grid.replaceChildren();
    if (!ops.length) grid.append(el('p', 'muted', 'No scenes in this project yet.'));
    ops.forEach(function (o) { grid.append(renderScene(o)); });
    if (data && typeof data.remainingCredits === 'number') {
      document.getElementById('credits').textContent = data.remainingCredits + ' credits';
    }
    return ops;
  }

  document.getElementById('project').textContent = projectId ? 'project ' + projectId : '';

  // "Generate": the app's generate call (a POST for real) answers with the new scene and the balance after it. In the
  // demo the scene fails at once and the balance stays 10 lower, which AVA's credit check reports.
  var GENERATE_URL = 'https://aisandbox-pa.googleapis.com/v1/video:batchAsyncGenerateVideoText';
  document.getElementById('generate').addEventListener('click', function () {
    viaFetch(GENERATE_URL)
      .then(function (data) {
        ((data && data.operations) || []).forEach(function (o) { grid.prepend(renderScene(o)); });
        if (data && typeof data.remainingCredits === 'number') document.getElementById('credits').textContent = data.remainingCredits + ' credits';
      })
      .catch(function (err) { grid.prepend(el('p', 'error', 'Could not generate. ' + err.message)); });
  });

  viaXhr(STATUS_URL)
    .then(function (data) {
      var ops = render(data);
      var unfinished = ops.some(function (o) { return /ACTIVE|PENDING/.test(o.status); });
      // Like the app: keep polling while a scene is still generating (once here, so the demo stays quiet).
      if (unfinished) return new Promise(function (r) { setTimeout(r, 400); }).then(function () { return viaFetch(STATUS_URL); }).then(render);
      return undefined;
    })
    .catch(function (err) {
      grid.replaceChildren(el('p', 'error', 'Could not load this project. ' + err.message));
    });
})();
