// A small stand-in for Firefly's video generator. Like the web app it polls each job's status link on a
// firefly-epo… host (…/jobs/result/<job id>; the status answer itself does not repeat the ID) and reads the
// generative-credit balance from firefly.adobe.io/v1/credits. The job IDs stand in for the page's own history.
// Page data is rendered with textContent only.
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

  var POLL = 'https://firefly-epo851211.adobe.io/jobs/result/';
  var JOBS = [
    '9f1c2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e21',
    '9f1c2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e22',
    '9f1c2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e23',
    '9f1c2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e24',
  ];
  var SHOT = { COMPLETED: 'Video ready', FAILED: 'Generation failed', RUNNING: 'Generating…' };
  feed.replaceChildren();
  JOBS.forEach(function (id) {
    fetch(POLL + id, { headers: { Authorization: 'Bearer demo-token-not-a-secret' } })
      .then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.json();
      })
      .then(function (job) {
        var err = job.errors && job.errors[0] && job.errors[0].message;
        var c = card(
          job.status === 'COMPLETED' ? 'ok' : job.status === 'FAILED' ? 'bad' : 'wait',
          SHOT[job.status] || job.status,
          'Job ' + id.slice(-4),
          ago(job.created),
          err,
        );
        c.dataset.jobId = id;
        feed.append(c);
      })
      .catch(function () {
        feed.append(el('p', 'error', 'Could not load job ' + id));
      });
  });

  var xhr = new XMLHttpRequest();
  xhr.open('GET', 'https://firefly.adobe.io/v1/credits');
  xhr.setRequestHeader('Authorization', 'Bearer demo-token-not-a-secret');
  xhr.onload = function () {
    var total = xhr.status === 200 && JSON.parse(xhr.responseText).total;
    if (total && total.quota) document.getElementById('balance').textContent = total.quota.available + ' generative credits left';
  };
  xhr.send();
})();
