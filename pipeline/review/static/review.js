// Cutoff review: reads the page's forms, posts JSON, reloads. It never writes HTML: article
// text and values only ever go through textContent, .value and attributes of elements it
// creates, so nothing from an article can run.
(function () {
  "use strict";

  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const article = document.getElementById("article");
  const key = article ? article.dataset.key : null;
  const TEXT_FIELDS = ["status", "restriction", "country", "province_code", "province", "city",
    "date_start", "date_end", "date_announced", "duration", "platforms", "targets"];
  const LIST_FIELDS = ["services", "remedies", "justification"];
  let vocab = null;
  let newEvidence = null;

  function say(text, bad) {
    const box = document.getElementById("message");
    box.textContent = text;
    box.hidden = false;
    box.classList.toggle("bad", Boolean(bad));
  }

  async function post(path, body) {
    const response = await fetch(path, {
      method: "POST",
      credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf},
      body: JSON.stringify(body),
    });
    let data = {};
    try { data = await response.json(); } catch (e) { /* not JSON */ }
    if (!response.ok) { throw new Error(data.error || ("the server answered " + response.status)); }
    return data;
  }

  // Post an action, then reload; `forms` are the forms whose edits it saved (the page still
  // warns before dropping the edits of any other form).
  async function act(path, body, forms) {
    try {
      await post(path, Object.assign({key: key}, body));
      (forms || []).forEach((f) => { delete f.dataset.dirty; });
      window.location.reload();
    } catch (err) {
      say(err.message, true);
    }
  }

  function fieldsOf(form) {
    const fields = {};
    for (const name of TEXT_FIELDS) {
      const input = form.querySelector('[name="' + name + '"]');
      if (input) { fields[name] = input.value; }
    }
    for (const name of LIST_FIELDS) {
      fields[name] = Array.from(form.querySelectorAll('input[name="' + name + '"]:checked'), (x) => x.value);
    }
    fields.actors = Array.from(form.querySelectorAll(".actor-row"), (row) => ({
      name: row.querySelector('[name="actor_name"]').value,
      kind: row.querySelector('[name="actor_kind"]').value,
    }));
    return fields;
  }

  // --- selection in the article text -> character offsets of the stored text -----------
  function pointOffset(node, offset) {
    if (node.nodeType === Node.TEXT_NODE) {
      const piece = node.parentElement && node.parentElement.closest("[data-start]");
      return piece ? Number(piece.dataset.start) + Array.from(node.data.slice(0, offset)).length : null;
    }
    const child = node.childNodes[offset];
    if (child) {
      const piece = child.nodeType === Node.ELEMENT_NODE
        ? (child.matches("[data-start]") ? child : child.querySelector("[data-start]"))
        : child.parentElement.closest("[data-start]");
      return piece ? Number(piece.dataset.start) : null;
    }
    const all = node.querySelectorAll ? node.querySelectorAll("[data-start]") : [];
    const last = all.length ? all[all.length - 1] : (node.closest ? node.closest("[data-start]") : null);
    return last ? Number(last.dataset.start) + Array.from(last.textContent).length : null;
  }

  function selectedSpan() {
    const text = document.getElementById("article-text");
    const selection = window.getSelection();
    if (!text || !selection.rangeCount || selection.isCollapsed) { return null; }
    const range = selection.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) { return null; }
    const start = pointOffset(range.startContainer, range.startOffset);
    const end = pointOffset(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) { return null; }
    return {start: start, end: end, text: selection.toString()};
  }

  // --- vocabularies for the searchable lists ---------------------------------------------
  function fill(list, entries) {
    const options = entries.map(([value, label]) => {
      const option = document.createElement("option");
      option.value = value;
      option.label = label;
      return option;
    });
    list.replaceChildren(...options);
  }

  function regionsFor(country) {
    const regions = Object.entries(vocab.regions).filter(([, r]) => !country || r[1] === country);
    fill(document.getElementById("regions"), regions.map(([code, r]) => [code, r[0] + " (" + r[1] + ")"]));
  }

  async function loadVocab() {
    const response = await fetch("/vocab.json", {credentials: "same-origin"});
    vocab = await response.json();
    fill(document.getElementById("countries"), Object.entries(vocab.countries));
    regionsFor("");
  }

  // --- wiring ----------------------------------------------------------------------------
  function markEvents(index) {
    document.querySelectorAll("#article-text [data-ev]").forEach((piece) => {
      piece.classList.toggle("active", index !== null && piece.dataset.ev.split(" ").includes(String(index)));
    });
  }

  function wireForm(form) {
    form.addEventListener("input", () => { form.dataset.dirty = "1"; });
    form.addEventListener("focusin", (e) => {
      if (form.dataset.index !== undefined) { markEvents(Number(form.dataset.index)); }
      if (vocab && e.target.name === "province_code") {
        regionsFor(form.querySelector('[name="country"]').value.trim().toUpperCase());
      }
    });
    form.addEventListener("mouseenter", () => {
      if (form.dataset.index !== undefined) { markEvents(Number(form.dataset.index)); }
    });
    form.addEventListener("change", (e) => {
      if (e.target.name === "province_code" && vocab) {
        const region = vocab.regions[e.target.value.trim().toUpperCase()];
        if (region) {
          form.querySelector('[name="province"]').value = region[0];
          form.querySelector('[name="country"]').value = region[1];
        }
      }
    });
    form.addEventListener("click", (e) => {
      const button = e.target.closest("button");
      if (!button) { return; }
      if (button.classList.contains("add-actor")) {
        const row = document.getElementById("actor-template").content.firstElementChild.cloneNode(true);
        button.before(row);
        row.querySelector("input").focus();
        form.dataset.dirty = "1";
      } else if (button.classList.contains("remove-actor")) {
        button.closest(".actor-row").remove();
        form.dataset.dirty = "1";
      } else if (button.classList.contains("delete")) {
        act("/api/delete", {event_id: form.dataset.eventId}, [form]);
      } else if (button.classList.contains("cancel")) {
        form.hidden = true;
        delete form.dataset.dirty;
      }
    });
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      if (form.id === "new-event") {
        act("/api/add", {fields: fieldsOf(form), evidence: newEvidence ? [newEvidence] : []}, [form]);
      } else {
        act("/api/save", {event_id: form.dataset.eventId, fields: fieldsOf(form)}, [form]);
      }
    });
  }

  function acceptAll() {
    const edited = {};
    const forms = Array.from(document.querySelectorAll("form.event[data-event-id]"));
    forms.forEach((form) => {
      if (form.dataset.dirty) { edited[form.dataset.eventId] = fieldsOf(form); }
    });
    act("/api/accept", {events: edited}, forms);
  }

  function addEvent() {
    const form = document.getElementById("new-event");
    newEvidence = selectedSpan();
    document.getElementById("new-evidence-text").textContent = newEvidence
      ? newEvidence.text : "(nothing selected: the article's first line; select the sentence in the text first to use it)";
    form.hidden = false;
    form.scrollIntoView({block: "nearest"});
    form.querySelector('[name="restriction"]').focus();
  }

  // Keys are shortcuts unless the reviewer is typing (a checkbox or button in focus does not count).
  function typing(target) {
    if (target.closest("select, textarea, [contenteditable]")) { return true; }
    return target.tagName === "INPUT" && !["checkbox", "radio", "button", "submit"].includes(target.type);
  }

  function wireArticle() {
    document.querySelectorAll("form.event").forEach(wireForm);
    document.getElementById("accept-all").addEventListener("click", acceptAll);
    document.getElementById("add-event").addEventListener("mousedown", (e) => e.preventDefault());  // keep the selection
    document.getElementById("add-event").addEventListener("click", addEvent);
    const all = () => Array.from(document.querySelectorAll("form.event"));
    document.getElementById("no-event").addEventListener("click", () => act("/api/no-event", {}, all()));
    const discard = document.getElementById("discard");
    if (discard) {
      discard.addEventListener("click", () => {
        if (window.confirm("Forget this review? The pipeline's events come back.")) { act("/api/discard", {}, all()); }
      });
    }
    const text = document.getElementById("article-text");
    if (text) {
      text.addEventListener("click", (e) => {
        const piece = e.target.closest("[data-ev]");
        if (!piece || !window.getSelection().isCollapsed) { return; }
        const index = piece.dataset.ev.split(" ")[0];
        const form = document.querySelector('form.event[data-index="' + index + '"]');
        if (form) { form.scrollIntoView({block: "nearest"}); markEvents(Number(index)); }
      });
    }
    window.addEventListener("beforeunload", (e) => {
      if (document.querySelector("form.event[data-dirty]")) { e.preventDefault(); e.returnValue = ""; }
    });
    document.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && document.activeElement) { document.activeElement.blur(); return; }
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) { return; }
      if (e.key === "a") { e.preventDefault(); acceptAll(); }
      if (e.key === "n") {
        const next = document.getElementById("next");
        if (next) { e.preventDefault(); window.location.href = next.href; }
      }
    });
    loadVocab().catch((err) => say("could not load the code lists: " + err.message, true));
  }

  function wireQueue() {
    const button = document.getElementById("write-exports");
    if (!button) { return; }
    button.addEventListener("click", async () => {
      try {
        const data = await post("/api/export", {key: ""});
        say("exports written: " + data.events + " events, " + data.reviewed + " articles reviewed");
      } catch (err) {
        say(err.message, true);
      }
    });
  }

  if (document.body.dataset.page === "article") { wireArticle(); } else { wireQueue(); }
})();
