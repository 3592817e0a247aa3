// A small stand-in for Grok Imagine. The real app POSTs to /rest/app-chat/conversations/new and reads a stream of
// JSON chunks ({result:{response:{streamingVideoGenerationResponse:{progress, videoPostId, videoUrl, moderated}}}});
// the demo server answers the same chunks as one JSON array to a GET. Page data is rendered with textContent only.
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

  fetch('/rest/app-chat/conversations/new', { credentials: 'include' })
    .then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    })
    .then(function (chunks) {
      var videos = {};
      var order = [];
      chunks.forEach(function (c) {
        if (c.error) {
          order.forEach(function (id) {
            var v = videos[id];
            if (!v.moderated && !v.url && !v.error) v.error = c.error.message;
          });
          return;
        }
        var f = c.result && c.result.response && c.result.response.streamingVideoGenerationResponse;
        if (!f) return;
        var v = videos[f.videoPostId] || (videos[f.videoPostId] = { id: f.videoPostId });
        if (order.indexOf(f.videoPostId) < 0) order.push(f.videoPostId);
        v.progress = f.progress;
        v.prompt = f.videoPrompt || v.prompt;
        v.url = f.videoUrl || v.url;
        v.moderated = v.moderated || f.moderated === true;
      });
      feed.replaceChildren();
      order.forEach(function (id) {
        var v = videos[id];
        var shot = v.moderated
          ? 'Video moderated'
          : v.error
            ? 'Something went wrong'
            : v.url
              ? 'Video ready'
              : 'Generating ' + v.progress + '%';
        var c = card(
          v.url && !v.moderated ? 'ok' : v.moderated || v.error ? 'bad' : 'wait',
          shot,
          v.prompt || '',
          v.progress + '%',
          v.error,
        );
        c.dataset.videoId = id;
        feed.append(c);
      });
    })
    .catch(function () {
      fail('your videos');
    });
})();
