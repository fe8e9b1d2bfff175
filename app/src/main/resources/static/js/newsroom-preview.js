// Live preview for the newsroom's editor: a moment after the editor stops typing, the form is
// posted as a Preview (nothing is saved) and the page's preview is replaced by the server's,
// which is the same sanitized rendering the Preview button shows. Without JavaScript the button works.
(function () {
  var form = document.querySelector("form.newsroom-editor");
  if (!form || !window.fetch || !window.DOMParser) {
    return;
  }
  var timer = null;
  var asked = 0;

  function refresh() {
    var body = new URLSearchParams(new FormData(form));
    body.set("action", "preview");
    var mine = ++asked;
    fetch(form.getAttribute("action"), { method: "POST", body: body, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html === null || mine !== asked) {
          return;
        }
        var fresh = new DOMParser().parseFromString(html, "text/html").querySelector("section.preview");
        var shown = document.querySelector("section.preview");
        if (!fresh) {
          return;
        }
        fresh = document.importNode(fresh, true);
        if (shown) {
          shown.replaceWith(fresh);
        } else {
          form.parentNode.insertBefore(fresh, form);
        }
      })
      .catch(function () { /* The Preview button still works. */ });
  }

  form.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(refresh, 800);
  });
}());
