// A small stand-in for HeyGen's projects page. Each video's status comes from
// api.heygen.com/v1/video_status.get?video_id=<id> (XHR): the video ID is in the URL. The IDs stand in for the
// page's own project list. Page data is rendered with textContent only.
(function () {
  'use strict';
  var el = window.AvaDemo.el;
  var ago = window.AvaDemo.ago;
  var feed = document.getElementById('feed');

  function card(kind, shot, prompt, meta, error) {
    var c = el('article', 'card ' + kind);
    var body = el('div', 'body');
    body.append(el('p', 'prompt', prompt), el('span', 'meta', meta));
    if (error) body.append(el('span', 'error', error));
    c.append(el('div', 'shot', shot), body);
    return c;
  }

  function fail(what) {
    feed.replaceChildren(el('p', 'error', 'Could not load ' + what + '.'));
  }

  var VIDEOS = [
    'ba6c802a4de4418f84272c1fdc0dfa21',
    'ba6c802a4de4418f84272c1fdc0dfa22',
    'ba6c802a4de4418f84272c1fdc0dfa23',
    'ba6c802a4de4418f84272c1fdc0dfa24',
  ];
  var SHOT = { completed: 'Video ready', failed: 'Video render failed', processing: 'Rendering…', pending: 'Pending' };
  feed.replaceChildren();
  VIDEOS.forEach(function (id) {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', 'https://api.heygen.com/v1/video_status.get?video_id=' + encodeURIComponent(id));
    xhr.withCredentials = true;
    xhr.onload = function () {
      if (xhr.status !== 200) return feed.append(el('p', 'error', 'Could not load video ' + id));
      var d = JSON.parse(xhr.responseText).data || {};
      var c = card(
        d.status === 'completed' ? 'ok' : d.status === 'failed' ? 'bad' : 'wait',
        SHOT[d.status] || d.status,
        'Video ' + id.slice(-4),
        d.status,
        d.error && d.error.message,
      );
      c.dataset.videoId = id;
      feed.append(c);
    };
    xhr.send();
  });
})();
