// A small stand-in for Hailuo's create page: the person's videos come from the feed the 2026 web app polls
// (POST /api/feed/creation/my/batch for real; the demo server answers GET): batchFeeds[].feeds[] with commonInfo
// {id, status, createTime}, feedMessage and metaInfo.videoMetaInfo.mediaInfo.url. Hailuo shows no video ID in its DOM;
// the data attribute is for the tests only. Page data is rendered with textContent only.
(function () {
  'use strict';
  var el = window.AvaDemo.el;
  var ago = window.AvaDemo.ago;
  var grid = document.getElementById('videos');

  // Hailuo's web statuses as public code names them: what the poster says and which colour the card gets.
  var STATUS = {
    11: ['In queue', 'pending'], 1: ['Generating', 'pending'], 12: ['Generating', 'pending'],
    2: ['Done', 'done'], 5: ['Failed', 'failed'], 7: ['Content review', 'moderated'],
  };

  function renderFeed(f) {
    var info = f.commonInfo || {};
    var s = STATUS[info.status] || ['Status ' + info.status, 'pending'];
    var params = (f.modelParameter && f.modelParameter.videoParameter) || {};
    var card = el('article', 'video ' + s[1]);
    card.dataset.videoId = info.id;
    var body = el('div', 'body');
    body.append(el('p', 'prompt', params.desc), el('span', 'meta', 'status ' + info.status + ' · ' + ago(info.createTime)));
    var message = f.feedMessage && f.feedMessage.message;
    if (message) body.append(el('span', 'message', message));
    card.append(el('div', 'poster', s[0]), body);
    return card;
  }

  fetch('/api/feed/creation/my/batch?feedTypes=0', { credentials: 'include' })
    .then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    })
    .then(function (res) {
      var batches = (res && res.data && res.data.batchFeeds) || [];
      grid.replaceChildren();
      var feeds = [];
      batches.forEach(function (b) { (b.feeds || []).forEach(function (f) { feeds.push(f); }); });
      if (!feeds.length) grid.append(el('p', 'muted', 'No videos yet.'));
      feeds.forEach(function (f) { grid.append(renderFeed(f)); });
    })
    .catch(function (err) {
      grid.replaceChildren(el('p', 'message', 'Could not load your videos. ' + err.message));
    });
})();
