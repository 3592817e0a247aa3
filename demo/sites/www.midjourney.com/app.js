// A small stand-in for Midjourney's create page. Like the web app it reads the person's jobs from /api/imagine (XHR)
// and links each to /jobs/<id>?index=0. Only video jobs are shown. Page data is rendered with textContent only.
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

  var SHOT = { completed: 'Video ready', failed: 'Failed', running: 'Rendering…', queued: 'In queue' };

  var xhr = new XMLHttpRequest();
  xhr.open('GET', '/api/imagine?user_id=demo-user&page_size=100');
  xhr.withCredentials = true;
  xhr.onload = function () {
    if (xhr.status !== 200) return fail('your jobs');
    var jobs = JSON.parse(xhr.responseText);
    feed.replaceChildren();
    jobs
      .filter(function (j) {
        return /video/.test(j.event_type || '');
      })
      .forEach(function (j) {
        var s = j.current_status || 'completed';
        var a = card(
          s === 'completed' ? 'ok' : s === 'failed' ? 'bad' : 'wait',
          SHOT[s] || s,
          j.full_command,
          j.job_type + ' · ' + ago(j.enqueue_time),
          j.error,
        );
        var link = el('a', 'card-link');
        link.href = '/jobs/' + j.id + '?index=0';
        link.dataset.jobId = j.id;
        link.append(a);
        feed.append(link);
      });
  };
  xhr.onerror = function () {
    fail('your jobs');
  };
  xhr.send();
})();
