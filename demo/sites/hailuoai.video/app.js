// A small stand-in for Hailuo's create page: the person's videos come through fetch() from the web app's own API
// (numeric statuses, percent, createTime in ms). Hailuo shows no video ID in its DOM; the data attribute is for the
// tests only. Page data is rendered with textContent only.
(function () {
  'use strict';
  var el = window.AvaDemo.el;
  var ago = window.AvaDemo.ago;
  var grid = document.getElementById('videos');

  // Hailuo's web statuses: what the poster says and which colour the card gets.
  var STATUS = {
    0: ['Pending', 'pending'], 11: ['In queue', 'pending'], 1: ['Generating', 'pending'], 12: ['Generating', 'pending'],
    2: ['Done', 'done'], 3: ['Failed', 'failed'], 5: ['Moderated', 'moderated'], 7: ['Moderated', 'moderated'],
    14: ['Moderated', 'moderated'],
  };

  function renderVideo(v) {
    var s = STATUS[v.status] || ['Status ' + v.status, 'pending'];
    var card = el('article', 'video ' + s[1]);
    card.dataset.videoId = v.id;
    var body = el('div', 'body');
    body.append(el('p', 'prompt', v.desc), el('span', 'meta', 'status ' + v.status + ' · ' + ago(v.createTime)));
    if (s[1] === 'pending') {
      var bar = el('progress');
      bar.max = 100;
      bar.value = v.percent || 0;
      body.append(bar);
    }
    if (v.message) body.append(el('span', 'message', v.message + (v.canAppeal ? ' · Appeal' : '')));
    card.append(el('div', 'poster', s[0]), body);
    return card;
  }

  fetch('/v1/api/multimodal/video/my/batchCursor?type=next&limit=30', { credentials: 'include' })
    .then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    })
    .then(function (res) {
      var videos = (res && res.data && res.data.videos) || [];
      grid.replaceChildren();
      if (!videos.length) grid.append(el('p', 'muted', 'No videos yet.'));
      videos.forEach(function (v) { grid.append(renderVideo(v)); });
    })
    .catch(function (err) {
      grid.replaceChildren(el('p', 'message', 'Could not load your videos. ' + err.message));
    });
})();
