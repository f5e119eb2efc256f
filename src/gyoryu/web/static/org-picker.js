// Organisation search for forms: a text box marked data-org-picker="FIELD" looks names up in the
// directory's search API as the organiser types (any script: 텐센트, 腾讯, Tencent) and, on a
// pick, puts the organisation's key into the hidden input named FIELD. A static file, not an
// inline script, so pages can run under a Content-Security-Policy of script-src 'self'.
(function () {
  var lang = document.documentElement.lang || "en";
  var order = { ko: ["ko", "en", "zh"], zh: ["zh", "en", "ko"] }[lang] || ["en", "ko", "zh"];

  function nameOf(org) {
    for (var i = 0; i < order.length; i++) if (org.names[order[i]]) return org.names[order[i]];
    return org.key || String(org.id);
  }

  function others(org, shown) {
    return ["ko", "zh", "en"].map(function (l) { return org.names[l]; })
      .filter(function (n) { return n && n !== shown; }).join(" · ");
  }

  document.querySelectorAll("input[data-org-picker]").forEach(function (box) {
    var form = box.form;
    var target = form.querySelector("input[name='" + box.dataset.orgPicker + "']");
    var list = document.createElement("div");
    list.className = "suggestions org-picks";
    list.setAttribute("role", "listbox");
    box.insertAdjacentElement("afterend", list);
    var timer = null, asked = 0;

    box.addEventListener("input", function () {
      target.value = "";
      clearTimeout(timer);
      var q = box.value.trim();
      if (!q) { list.replaceChildren(); return; }
      timer = setTimeout(function () {
        var mine = ++asked;
        fetch("/api/organizations?limit=8&q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
          .then(function (r) { return r.ok ? r.json() : { items: [] }; })
          .then(function (page) {
            if (mine !== asked) return;  // an older answer arriving late
            list.replaceChildren.apply(list, page.items.filter(function (o) { return o.key; }).map(function (org) {
              var b = document.createElement("button");
              b.type = "button";
              b.className = "suggest";
              b.dataset.key = org.key;
              var shown = nameOf(org);
              b.textContent = shown;
              var small = document.createElement("small");
              small.textContent = " " + [org.country, others(org, shown)].filter(Boolean).join(" · ");
              b.appendChild(small);
              b.addEventListener("click", function () {
                box.value = shown;
                target.value = org.key;
                list.replaceChildren();
              });
              return b;
            }));
          });
      }, 200);
    });
  });
})();
