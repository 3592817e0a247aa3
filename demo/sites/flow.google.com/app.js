// A small stand-in for Flow's project page (flow.google.com/project/{uuid}). It asks Flow's API host
// (aisandbox-pa.googleapis.com, cross-origin with a bearer token) for the status of the project's media in the 2026
// contract (media[], status at mediaMetadata.mediaStatus.mediaGenerationStatus): first load through XMLHttpRequest,
// then one poll through fetch(), so AVA's tap sees both. The real call is a POST with the media names in the body; the
// demo server answers GET only. A failed generation is drawn as Flow draws it, a <flow-error-tile> with
// .error-title / .error-message-text / .disclaimer-message (public notes on Flow's page), which AVA's DOM fallback
// reads. Page data is rendered with textContent only.
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
  var LABEL = { SUCCESSFUL: 'Ready', FAILED: 'Failed', ACTIVE: 'Generating…', PENDING: 'Queued' };

  function statusOf(m) {
    var ms = (m.mediaMetadata && m.mediaMetadata.mediaStatus) || {};
    return String(ms.mediaGenerationStatus || '').replace('MEDIA_GENERATION_STATUS_', '');
  }

  function promptOf(m) {
    var meta = m.mediaMetadata || {};
    var inputs = (meta.requestData && meta.requestData.promptInputs) || [];
    var parts = (inputs[0] && inputs[0].structuredPrompt && inputs[0].structuredPrompt.parts) || [];
    var text = parts.map(function (p) { return p.text || ''; }).join(' ').trim();
    return text || meta.mediaTitle || '';
  }

  // Flow's failed tile: the page's only statement of a failure (the message depends on the reason).
  function errorTile(m) {
    var ms = (m.mediaMetadata && m.mediaMetadata.mediaStatus) || {};
    var reasons = (ms.failureReasons || []).join(' ');
    var policy = /UNSAFE|FILTER|POLICY/.test(reasons);
    var tile = document.createElement('flow-error-tile');
    var box = el('div', 'error-tile');
    box.append(
      el('span', 'error-title', 'Failed'),
      el('span', 'error-message-text', policy
        ? 'This generation might violate our policies. Please try a different prompt or send feedback.'
        : 'Sorry, this video failed to generate.'),
      el('span', 'disclaimer-message', 'You have not been charged for this generation.'),
    );
    tile.append(box);
    return tile;
  }

  function renderMedia(m) {
    var short = statusOf(m);
    var card = el('article', 'scene ' + short);
    // Flow puts data-media-id on its finished media; the demo puts it on every card, so what AVA reads from a failed
    // tile merges with what the network said about the same media.
    card.dataset.mediaId = m.name;
    var body = el('div', 'body');
    body.append(el('p', 'prompt', promptOf(m)), el('span', 'meta', short + ' · ' + ago(m.mediaMetadata && m.mediaMetadata.createTime)));
    card.append(short === 'FAILED' ? errorTile(m) : el('div', 'clip', LABEL[short] || short), body);
    return card;
  }

  function render(data) {
    var media = (data && data.media) || [];
    grid.replaceChildren();
    if (!media.length) grid.append(el('p', 'muted', 'No scenes in this project yet.'));
    media.forEach(function (m) { grid.append(renderMedia(m)); });
    if (data && typeof data.remainingCredits === 'number') {
      document.getElementById('credits').textContent = data.remainingCredits + ' credits';
    }
    return media;
  }

  document.getElementById('project').textContent = projectId ? 'project ' + projectId : '';

  // "Generate": the app's generate call (a POST for real) answers with the new scene and the balance after it. In the
  // demo the scene fails at once and the balance stays 10 lower, which AVA's credit check reports.
  var GENERATE_URL = 'https://aisandbox-pa.googleapis.com/v1/video:batchAsyncGenerateVideoText';
  document.getElementById('generate').addEventListener('click', function () {
    viaFetch(GENERATE_URL)
      .then(function (data) {
        ((data && data.media) || []).forEach(function (m) { grid.prepend(renderMedia(m)); });
        if (data && typeof data.remainingCredits === 'number') document.getElementById('credits').textContent = data.remainingCredits + ' credits';
      })
      .catch(function (err) { grid.prepend(el('p', 'error', 'Could not generate. ' + err.message)); });
  });

  viaXhr(STATUS_URL)
    .then(function (data) {
      var media = render(data);
      var unfinished = media.some(function (m) { return /ACTIVE|PENDING/.test(statusOf(m)); });
      // Like the app: keep polling while a scene is still generating (once here, so the demo stays quiet).
      if (unfinished) return new Promise(function (r) { setTimeout(r, 400); }).then(function () { return viaFetch(STATUS_URL); }).then(render);
      return undefined;
    })
    .catch(function (err) {
      grid.replaceChildren(el('p', 'error', 'Could not load this project. ' + err.message));
    });
})();
