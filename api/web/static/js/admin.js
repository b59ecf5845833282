// /admin: upload documents or rebuild through the admin API, then poll the job until it ends.
// The token is sent as a bearer token and never stored. No inline script: the page's CSP is 'self'.
(function () {
  "use strict";
  const form = document.getElementById("admin-upload");
  if (!form) return;
  const token = document.getElementById("admin-token");
  const files = document.getElementById("admin-files");
  const box = document.getElementById("admin-job");
  const bar = document.getElementById("admin-progress");
  const stage = document.getElementById("admin-stage");
  const result = document.getElementById("admin-result");
  const buttons = form.querySelectorAll("button");

  function busy(on) { buttons.forEach((b) => { b.disabled = on; }); }

  function show(text, isError) {
    result.textContent = "";
    const p = document.createElement("p");
    p.textContent = text;
    if (isError) p.className = "error";
    result.appendChild(p);
  }

  function errorText(body, status) {
    const e = body && body.error;
    return e ? e.title + ": " + e.detail : "Fel " + status;
  }

  function showDone(job) {
    result.textContent = "";
    const docs = (job.result && Array.isArray(job.result.documents)) ? job.result.documents : [];
    const p = document.createElement("p");
    p.textContent = docs.length ? "Klart. Inlästa dokument:" : "Klart: generation " + (job.result ? job.result.generation : "");
    result.appendChild(p);
    if (!docs.length) return;
    const ul = document.createElement("ul");
    docs.forEach((d) => {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = "/dokument/" + encodeURIComponent(d.id);
      a.textContent = d.title || d.id;
      li.appendChild(a);
      li.appendChild(document.createTextNode(" (" + d.passages + " passager)"));
      ul.appendChild(li);
    });
    result.appendChild(ul);
  }

  async function call(method, url, body) {
    const r = await fetch(url, { method: method, body: body,
      headers: { "Authorization": "Bearer " + token.value, "Accept": "application/json" } });
    let data = null;
    try { data = await r.json(); } catch (_e) { data = null; }
    return { status: r.status, ok: r.ok, data: data };
  }

  async function poll(job) {
    box.hidden = false;
    for (;;) {
      bar.value = job.progress || 0;
      stage.textContent = job.stage || "";
      if (job.state === "done") { showDone(job); return; }
      if (job.state === "failed") { show(job.error ? job.error.title + ": " + job.error.detail : "Misslyckades", true); return; }
      await new Promise((res) => setTimeout(res, 1000));
      const r = await call("GET", "/api/admin/jobs/" + encodeURIComponent(job.id));
      if (!r.ok) { show(errorText(r.data, r.status), true); return; }
      job = r.data;
    }
  }

  async function start(method, url, body) {
    busy(true);
    box.hidden = false;
    result.textContent = "";
    bar.value = 0;
    stage.textContent = "Skickar …";
    try {
      const r = await call(method, url, body);
      if (r.status !== 202) { stage.textContent = ""; show(errorText(r.data, r.status), true); return; }
      await poll(r.data);
    } catch (e) {
      show("Nätverksfel: " + e, true);
    } finally {
      busy(false);
    }
  }

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const data = new FormData();
    Array.from(files.files).forEach((f) => data.append("files", f, f.name));
    start("POST", "/api/admin/documents", data);
  });
  document.getElementById("admin-rebuild").addEventListener("click", () => {
    if (!token.value) { token.focus(); return; }
    start("POST", "/api/admin/rebuild", null);
  });
})();
