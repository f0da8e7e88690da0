// The chat page: talks to the JSON API (/api/openapi.json). Every text from the learner or
// the tutor goes into the page with textContent, never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);
const VERDICTS = {correct: ["✓", "Right"], partial: ["~", "Partly right"], incorrect: ["✗", "Not quite"]};
let session = null;  // {id, learner}
let queue = Promise.resolve();  // turns are sent one after another

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : {"Content-Type": "application/json"},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  let data = {};
  try { data = await response.json(); } catch (e) { /* an empty or non-JSON body */ }
  if (!response.ok) {
    const error = new Error(data.error || `the server answered ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return data;
}

function add(cls, parts) {
  const item = document.createElement("li");
  item.className = cls;
  for (const [tag, cls2, text] of parts) {
    const el = document.createElement(tag);
    if (cls2) el.className = cls2;
    el.textContent = text;
    item.append(el);
  }
  $("log").append(item);
  $("log").scrollTop = $("log").scrollHeight;  // the conversation scrolls, not the page
  return item;
}

function showReply(reply) {
  const parts = [["span", "visually-hidden", "Tutor: "]];
  const verdict = VERDICTS[reply.verdict];
  if (verdict) parts.push(["span", `verdict ${reply.verdict}`, `${verdict[0]} ${verdict[1]}`]);
  if (reply.kind === "correction") parts.push(["span", "verdict correction", "! A common mix-up"]);
  parts.push(["p", "text", reply.text]);
  if (reply.follow_up) {
    parts.push(["p", "follow-up", reply.follow_up]);
  }
  const item = add(`tutor kind-${reply.kind}`, parts);
  item.dataset.kind = reply.kind;
  if (reply.verdict) item.dataset.verdict = reply.verdict;
}

function say(text) {
  text = text.trim();
  if (!text || !session) return;
  if (text.toLowerCase() === "/progress") { showProgress(); return; }
  add("learner", [["span", "visually-hidden", "You: "], ["p", "text", text]]);
  queue = queue.then(async () => {
    $("log").setAttribute("aria-busy", "true");
    try {
      showReply(await api("POST", `/api/sessions/${session.id}/turns`, {text}));
    } catch (error) {
      if (error.status === 404) await begin(session.learner, true);
      add("error", [["p", "text", `That did not go through: ${error.message}. Please try again.`]]);
    } finally {
      $("log").removeAttribute("aria-busy");
    }
  });
}

async function showProgress() {
  if (!session) return;
  const p = await api("GET", `/api/learners/${encodeURIComponent(session.learner)}/progress`);
  const overall = p.overall === null ? "no questions answered yet" : `${Math.round(p.overall * 100)}% overall`;
  const next = p.topics.find((t) => t.id === p.next_topic);
  $("progress-summary").textContent =
    `${overall}; facts seen: ${p.facts_seen} of ${p.facts}.` + (next ? ` Study next: ${next.title}.` : "");
  const rows = p.topics.map((t) => {
    const row = document.createElement("tr");
    const name = document.createElement("th");
    name.scope = "row";
    name.textContent = t.title;
    const cell = document.createElement("td");
    const meter = document.createElement("meter");
    meter.min = 0; meter.max = 1; meter.value = t.mastery;
    meter.textContent = `${Math.round(t.mastery * 100)}%`;
    const label = document.createElement("span");
    label.textContent = ` ${Math.round(t.mastery * 100)}%`;
    cell.append(meter, label);
    row.append(name, cell);
    return row;
  });
  $("progress-topics").replaceChildren(...rows);
  $("progress").hidden = false;
  $("progress").focus();
}

async function begin(name, quietly) {
  const started = await api("POST", "/api/sessions", {learner: name});
  session = {id: started.id, learner: started.learner};
  sessionStorage.setItem("tutor-learner", started.learner);
  if (quietly) return;
  $("who-name").textContent = started.learner;
  $("who").hidden = false;
  $("start").hidden = true;
  $("chat").hidden = false;
  const welcome = started.resumed
    ? `Welcome back, ${started.learner}! Progress shows where you are, and Help lists the commands.`
    : `Hello, ${started.learner}! I'm your tutor: ask me anything about the text in your own words. ` +
      "Lesson starts a guided lesson, Quiz a quiz, and Help lists everything.";
  const parts = [["p", "text", welcome]];
  if (started.pending) parts.push(["p", "note", "Where we stopped, I had asked:"], ["p", "follow-up", started.pending]);
  add("tutor kind-welcome", parts);
  $("line").focus();
}

document.addEventListener("DOMContentLoaded", () => {
  api("GET", "/api/learners").then((data) => {
    const options = data.learners.map((name) => { const o = document.createElement("option"); o.value = name; return o; });
    $("learners").replaceChildren(...options);
  }).catch(() => {});
  $("start").addEventListener("submit", async (event) => {
    event.preventDefault();
    $("start-error").textContent = "";
    try { await begin($("name").value.trim(), false); }
    catch (error) { $("start-error").textContent = error.message; }
  });
  $("say").addEventListener("submit", (event) => {
    event.preventDefault();
    say($("line").value);
    $("line").value = "";
    $("line").focus();
  });
  for (const button of document.querySelectorAll("[data-say]")) {
    button.addEventListener("click", () => { say(button.dataset.say); $("line").focus(); });
  }
  $("show-progress").addEventListener("click", showProgress);
  $("hide-progress").addEventListener("click", () => { $("progress").hidden = true; $("line").focus(); });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !$("progress").hidden) { $("progress").hidden = true; $("line").focus(); }
  });
  $("switch").addEventListener("click", () => {
    sessionStorage.removeItem("tutor-learner");
    location.reload();
  });
  document.addEventListener("keydown", (event) => {
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    const button = document.querySelector(`[aria-keyshortcuts="Alt+${event.key.toUpperCase()}"]`);
    if (button && !$("chat").hidden) { event.preventDefault(); button.click(); }
  });
  const learner = sessionStorage.getItem("tutor-learner");
  if (learner) { $("name").value = learner; $("start").requestSubmit(); } else { $("name").focus(); }
});
