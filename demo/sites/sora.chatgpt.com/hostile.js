// A hostile page on a provider origin, for e2e/security.spec.ts (not a demo page). It attacks AVA the ways a page can:
// forging the page-world tap's window messages (src/content/tap-protocol.ts), flooding them, claiming another
// provider's data, and putting HTML and script in every field AVA might show. The spec reads window.__hostile.
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var mode = params.get('mode') || 'flood';
  var SOURCE = 'ava-tap-v1';
  var DRAFTS = 'https://sora.chatgpt.com/backend/project_y/profile/drafts/v2';
  var XSS = '<img src=x onerror="window.__avaPwned=1;alert(1)"><script>window.__avaPwned=1</script><iframe src="javascript:alert(1)"></iframe>';
  var out = { mode: mode, sent: 0, direct: [], done: false };
  window.__hostile = out;

  function post(m) {
    window.postMessage(m, '*');
    out.sent++;
  }
  function respond(url, body) {
    post({ source: SOURCE, kind: 'response', url: url, status: 200, body: typeof body === 'string' ? body : JSON.stringify(body) });
  }
  function pad(n, width) {
    var s = String(n);
    while (s.length < width) s = '0' + s;
    return s;
  }
  // Sora's draft shape with a valid-looking Generation ID; every free-text field carries markup.
  function draft(id) {
    return { id: id, task_id: 'task_' + XSS, kind: 'sora_error', reason_str: 'Failed ' + XSS, prompt: 'Prompt ' + XSS, downloadable_url: 'javascript:window.__avaPwned=1', provider: 'runway' };
  }

  // Direct messages to the extension: without externally_connectable the page has no chrome.runtime to use.
  var ext = params.get('ext');
  [{ type: 'content/generations', provider: 'runway', generations: [] }, { type: 'ui/tab-state', tabId: 1 }].forEach(function (msg) {
    try {
      var rt = window.chrome && window.chrome.runtime;
      if (!rt || !rt.sendMessage) out.direct.push('no chrome.runtime.sendMessage');
      else rt.sendMessage(ext, msg, function (r) { out.direct.push('answered: ' + JSON.stringify(r)); });
    } catch (e) {
      out.direct.push('threw: ' + String(e));
    }
  });

  if (mode === 'fill') {
    // Storage exhaustion (issue 17.1): maximum-size generations, far more than chrome.storage.local's 10 MiB, sent
    // slowly enough that the content script's rate limit lets every one through.
    var PROMPT = new Array(4001).join('p');
    var REASON = new Array(2001).join('r');
    var sentN = 0;
    var fill = setInterval(function () {
      var batch = [];
      for (var k = 0; k < 20; k++) {
        batch.push({ id: 'gen_fill' + pad(sentN++, 22), task_id: 'task_fill' + pad(sentN, 22), kind: 'sora_error', reason_str: REASON, prompt: PROMPT });
      }
      respond(DRAFTS, { items: batch });
      if (sentN >= 2000) {
        clearInterval(fill);
        setTimeout(function () { out.done = true; }, 1500);
      }
    }, 20);
    return;
  }

  if (mode === 'unrecognised') {
    // Nothing parseable, only problems whose text carries markup: AVA must say "not recognised", as text.
    for (var u = 0; u < 5; u++) respond('https://sora.chatgpt.com/backend/nf/check?' + XSS, '{not json ' + XSS);
    out.done = true;
    return;
  }

  // 1. Forged responses: markup in prompts, messages and IDs; another provider's data on this provider's page.
  respond(DRAFTS, { items: [draft('gen_hostile0000000000000000001'), draft('gen_hostile0000000000000000002'), { id: 'gen_' + XSS, kind: 'sora_error', prompt: XSS }] });
  respond('https://api.runwayml.com/v1/tasks', { tasks: [{ id: '3f8a2c1e-5b7d-4e9f-8a1b-2c3d4e5f6a70', status: 'FAILED', failureCode: 'INTERNAL.BAD_OUTPUT.CODE01', options: { textPrompt: XSS } }] });
  respond(DRAFTS, { tasks: [{ id: '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f', status: 'FAILED', failureCode: 'SAFETY.INPUT.TEXT' }] });
  respond('https://app.runwayml.com/api/tasks', '{"tasks":[]}');

  // 2. Flood: thousands of responses with fresh generations, hellos, malformed and oversized messages.
  var n = 0;
  for (var i = 0; i < 3000; i++) {
    var items = [];
    for (var j = 0; j < 20; j++) items.push(draft('gen_flood' + pad(n++, 21)));
    respond(DRAFTS, { items: items });
    if (i % 3 === 0) post({ source: SOURCE, kind: 'hello' });
    if (i % 5 === 0) post({ source: SOURCE, kind: 'ready' });
    if (i % 7 === 0) post({ source: SOURCE, kind: 'response', url: DRAFTS, status: 'x', body: { items: [] } });
    if (i % 11 === 0) post(JSON.parse('{"source":"ava-tap-v1","kind":"response","__proto__":{"polluted":1},"url":"' + DRAFTS + '","status":200,"body":"{}"}'));
    if (i % 13 === 0) post({ source: SOURCE, kind: 'response', url: 'u'.repeat(5000), status: 200, body: '{}' });
  }
  var big = '{"items":[' + new Array(60000).join('{"id":"gen_x","k":"' + 'y'.repeat(10) + '"},') + '{}]}';
  for (var b = 0; b < 3; b++) respond(DRAFTS, big); // under 2 MB: parsed, nothing in it
  for (var c = 0; c < 3; c++) respond(DRAFTS, big + ' '.repeat(2000001)); // over the limit: dropped unread

  // 3. After the flood: one more forged generation. AVA must still be listening (its rate limit refills).
  setTimeout(function () {
    respond(DRAFTS, { items: [draft('gen_hostileafterflood000000001')] });
    out.done = true;
    document.getElementById('state').textContent = 'done';
  }, 1500);
})();
