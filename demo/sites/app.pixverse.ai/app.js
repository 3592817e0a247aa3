// A small stand-in for PixVerse's create page. Like the real app it calls its API host (app-api.pixverse.ai)
// cross-origin: the personal video list and the message poll through fetch(), then the result of the video this tab is still waiting for
// through XMLHttpRequest (the `Resp` shape with create_time), so AVA's tap sees both. PixVerse shows no video ID in
// its DOM; the data attribute is for the tests only. Page data is rendered with textContent only.
(function () {
  'use strict';
  var el = window.AvaDemo.el;
  var ago = window.AvaDemo.ago;
  var API = 'https://app-api.pixverse.ai';
  // The video submitted from this tab (the app keeps it in its state; hard-wired here).
  var WAITING_FOR = '315947621884105';
  var grid = document.getElementById('videos');

  // PixVerse's statuses, in the words its app uses.
  var LABEL = {
    1: 'Success', 5: 'Generating…', 6: 'Deleted', 7: 'Content moderation failure', 8: 'Generation failed', 9: 'Generation failed',
  };

  function renderVideo(id, status, prompt, created) {
    var card = el('article', 'video s' + status);
    card.dataset.videoId = String(id);
    var body = el('div', 'body');
    body.append(el('p', 'prompt', prompt), el('span', 'meta', 'status ' + status + (created ? ' · ' + ago(created) : '')));
    card.append(el('div', 'cover', LABEL[status] || 'Status ' + status), body);
    return card;
  }

  function getResult(id) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open('GET', API + '/openapi/v2/video/result/' + encodeURIComponent(id));
      xhr.withCredentials = true;
      xhr.onload = function () {
        if (xhr.status === 200) resolve(JSON.parse(xhr.responseText));
        else reject(new Error('HTTP ' + xhr.status));
      };
      xhr.onerror = function () { reject(new Error('network error')); };
      xhr.send();
    });
  }

  fetch(API + '/creative_platform/video/list/personal?offset=0&limit=20', { credentials: 'include' })
    .then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    })
    .then(function (res) {
      if (res.ErrCode !== 0) throw new Error(res.ErrMsg || 'error ' + res.ErrCode);
      var videos = (res.Resp && res.Resp.data) || [];
      grid.replaceChildren();
      videos.forEach(function (v) { grid.append(renderVideo(v.video_id, v.video_status, v.prompt, v.create_time)); });
      // The app's message poll (finished ids); nothing to render from it.
      fetch(API + '/creative_platform/account/message', { credentials: 'include' }).catch(function () { /* a poll */ });
      return getResult(WAITING_FOR).then(function (r) {
        if (r.ErrCode === 0 && r.Resp) grid.prepend(renderVideo(r.Resp.id, r.Resp.status, r.Resp.prompt, r.Resp.create_time));
      });
    })
    .catch(function (err) {
      grid.replaceChildren(el('p', 'error', 'Could not load your videos. ' + err.message));
    });
})();
