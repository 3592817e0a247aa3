// The workload of scripts/bench-page.ts: a feed that grows the way a provider's library does while it loads, in
// batches, one batch per animation frame, each followed by a layout read (as apps measuring their list do).
// window.avaBenchMutate(total, batches) resolves after the last batch has been laid out.
(function () {
  'use strict';
  var feed = document.getElementById('feed');
  window.avaBenchMutate = function (total, batches) {
    var per = Math.ceil(total / batches);
    var made = 0;
    return new Promise(function (resolve) {
      function batch() {
        var frag = document.createDocumentFragment();
        for (var i = 0; i < per && made < total; i++, made++) {
          var li = document.createElement('li');
          li.className = 'card';
          li.setAttribute('data-n', String(made));
          li.textContent = 'Generation ' + made + ': a fox running through snow, 5 s, 720p';
          frag.appendChild(li);
        }
        feed.appendChild(frag);
        void feed.offsetHeight;
        if (made < total) requestAnimationFrame(batch);
        else requestAnimationFrame(function () { resolve(made); });
      }
      requestAnimationFrame(batch);
    });
  };
})();
