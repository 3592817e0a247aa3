// AVA demo support forms (Zendesk- and Freshdesk-style): log what a help desk's own script would see, and record a
// submit instead of posting it (the demo server answers GET only). Tests read window.__demoSubmits and the log.
(function () {
  'use strict';
  var log = document.getElementById('demo-log');
  window.__demoSubmits = 0;
  window.__demoEvents = [];
  function line(text) {
    var li = document.createElement('li');
    li.textContent = text;
    log.appendChild(li);
  }
  // A framework listens at the document; so does this, to show AVA's input/change events reach the page.
  ['input', 'change'].forEach(function (type) {
    document.addEventListener(type, function (e) {
      var id = e.target && e.target.id ? e.target.id : e.target && e.target.className;
      window.__demoEvents.push(type + ':' + id);
      line(type + ' event on ' + id);
    }, true);
  });
  document.addEventListener('submit', function (e) {
    e.preventDefault();
    window.__demoSubmits += 1;
    line('SUBMITTED (demo: nothing was sent)');
  }, true);
})();
