// A small stand-in for Dreamina's video generator. Like the web app it polls /mweb/v1/get_history_by_ids (a POST for
// real; the demo server answers GET) and reads status, fail_code and fail_starling_message; the credit balance comes
// from /commerce/v1/benefits/user_credit. Dreamina shows no history ID in its DOM; the data attribute is for the tests.
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

  var SHOT = { 0: 'Queued', 20: 'Generating…', 42: 'Generating…', 30: 'Generation failed', 40: 'Blocked after review', 50: 'Ready' };

  fetch('/mweb/v1/get_history_by_ids?aid=513641&device_platform=web', { credentials: 'include' })
    .then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    })
    .then(function (res) {
      var data = (res && res.data) || {};
      feed.replaceChildren();
      Object.keys(data).forEach(function (id) {
        var h = data[id];
        var status = h.task && typeof h.task.status === 'number' ? h.task.status : h.status;
        var kind = status === 50 ? 'ok' : status === 30 || status === 40 ? 'bad' : 'wait';
        var c = card(
          kind,
          SHOT[status] || 'Status ' + status,
          h.draft_prompt || '',
          'status ' + status + ' · ' + ago(h.created_time),
          h.fail_starling_message,
        );
        c.dataset.historyId = id;
        feed.append(c);
      });
    })
    .catch(function () {
      fail('your generations');
    });

  var xhr = new XMLHttpRequest();
  xhr.open('GET', '/commerce/v1/benefits/user_credit');
  xhr.onload = function () {
    var credit = xhr.status === 200 && JSON.parse(xhr.responseText).data;
    credit = credit && credit.credit;
    if (credit)
      document.getElementById('balance').textContent = credit.vip_credit + credit.gift_credit + credit.purchase_credit + ' credits';
  };
  xhr.send();
})();
