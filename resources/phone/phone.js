/* The phone page (Workshop App, MIT). Plain JavaScript, no library, no build step.
   Text from the laptop goes into the page with textContent only, never innerHTML.
   Every write is kept in localStorage (the outbox) until the laptop says it is committed;
   a write the laptop cannot be reached for is retried with backoff and the page says so. */
(function () {
  "use strict";
  var S = JSON.parse(document.getElementById("wa-strings").textContent);
  var API = meta("wa-api"), CSRF = meta("csrf-token"), CODE = meta("wa-code");
  var LANG = document.documentElement.lang || "en";
  var GROUPS = ["member_state", "un_system", "civil_society", "professional_association", "academia",
                "private_sector", "local_government", "staff", "other"];
  var cards = {};        // question id -> card object
  var watchers = {};     // outbox key -> function(state, info)
  var session = null;

  function meta(name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.getAttribute("content") : "";
  }
  function t(key, params) {
    var text = S[key] || key;
    return text.replace(/\{(\w+)\}/g, function (all, name) {
      return params && Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : all;
    });
  }
  function el(tag, attrs, kids) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === "text") node.textContent = v;
      else if (k === "on") Object.keys(v).forEach(function (ev) { node.addEventListener(ev, v[ev]); });
      else if (k === "disabled" || k === "checked" || k === "hidden") node[k] = !!v;
      else node.setAttribute(k, v === true ? "" : String(v));
    });
    (kids || []).forEach(function (kid) { if (kid) node.appendChild(kid); });
    return node;
  }
  function byId(id) { return document.getElementById(id); }
  function clock() {
    try { return new Date().toLocaleTimeString(LANG, { hour: "2-digit", minute: "2-digit" }); }
    catch (e) { return new Date().toTimeString().slice(0, 5); }
  }
  function say(text) {  // read out by screen readers (the announcer is aria-live="polite")
    var a = byId("announcer");
    a.textContent = "";
    setTimeout(function () { a.textContent = text; }, 40);
  }
  function store(name) {
    var key = "wa-" + name + ":" + CODE;
    return {
      get: function (fallback) {
        try { var v = localStorage.getItem(key); return v === null ? fallback : JSON.parse(v); }
        catch (e) { return fallback; }
      },
      set: function (value) { try { localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* full: kept in memory */ } },
      clear: function () { try { localStorage.removeItem(key); } catch (e) { /* nothing kept */ } }
    };
  }
  var outboxStore = store("outbox"), draftStore = store("drafts"), sentStore = store("comments"),
      meStore = store("me"), skipStore = store("skip");

  // -- the outbox: kept until the laptop answers ok; retried with backoff ---------------------
  var outbox = outboxStore.get([]), flushing = false, again = false, delay = 0, timer = null;

  function enqueue(key, path, body) {
    outbox = outbox.filter(function (e) { return e.key !== key; });  // a newer answer replaces a queued one
    outbox.push({ key: key, path: path, body: body, tries: 0 });
    outboxStore.set(outbox);
    tell(key, "sending");
    flush();
  }
  function tell(key, state, info) { if (watchers[key]) watchers[key](state, info || {}); }
  function retryable(status) { return status === 0 || status === 429 || status >= 500; }
  function drop(entry) {
    outbox = outbox.filter(function (e) { return e !== entry; });
    outboxStore.set(outbox);
  }
  function post(path, body) {
    return fetch(API + path, {
      method: "POST", credentials: "same-origin", cache: "no-store",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": CSRF },
      body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (data) { return { status: r.status, data: data }; });
    }, function () { return { status: 0, data: {} }; });
  }
  function flush() {
    if (flushing) { again = true; return; }
    if (timer) { clearTimeout(timer); timer = null; }
    var entry = outbox[0];
    if (!entry) return;
    flushing = true;
    post(entry.path, entry.body).then(function (res) {
      flushing = false;
      if (outbox.indexOf(entry) < 0) { flush(); return; }  // replaced meanwhile by a newer answer
      if (res.data && res.data.ok) {
        drop(entry);
        delay = 0;
        tell(entry.key, "ok", { data: res.data, retried: entry.tries > 0 });
        flush();
      } else if (retryable(res.status)) {
        entry.tries += 1;
        outboxStore.set(outbox);
        outbox.forEach(function (e) { tell(e.key, "queued"); });
        delay = Math.min(delay ? delay * 2 : 1000, 30000);
        timer = setTimeout(flush, again ? 0 : delay);
        again = false;
      } else {
        drop(entry);
        tell(entry.key, "refused", { status: res.status, message: (res.data && res.data.message) || String(res.status) });
        flush();
      }
    });
  }
  window.addEventListener("online", function () { delay = 0; flush(); });

  // -- a status line under each form ----------------------------------------------------------
  function statusLine() { return el("p", { "class": "status", role: "status", "aria-live": "polite" }); }
  function showStatus(node, text, kind) { node.textContent = text; node.className = "status " + (kind || ""); }
  function savedText(key, info) { return t(info.retried ? "went_through" : key, { time: clock() }); }

  // -- registration ---------------------------------------------------------------------------
  function registration() {
    var box = byId("register"), who = byId("who");
    var mode = session.registration || "off";
    if (mode === "off") { box.hidden = true; who.hidden = true; return; }
    var me = meStore.get({}), status = statusLine();
    var group = el("select", { id: "reg-group", name: "group", required: true },
      [el("option", { value: "", text: t("choose") })].concat(GROUPS.map(function (g) {
        return el("option", { value: g, text: t("group_" + g) });
      })));
    group.value = me.group || "";
    function field(id, key, value, auto) {
      return [el("label", { "for": id, "class": "field", text: t(key) }),
              el("input", { id: id, "class": "text-input", type: "text", autocomplete: auto, maxlength: "200", value: value || "" })];
    }
    var consent = el("input", { id: "reg-consent", type: "checkbox", checked: !!me.consent_named, "aria-describedby": "reg-consent-hint" });
    var save = el("button", { type: "submit", "class": "btn", text: t("register_save") });
    var skip = mode === "optional" ? el("button", { type: "button", "class": "btn secondary", id: "reg-skip", text: t("register_skip") }) : null;
    var form = el("form", { id: "reg-form", novalidate: true }, [
      el("h2", { id: "register-title", text: t("register_title") }),
      el("p", { "class": "hint", text: t(mode === "required" ? "register_required" : "register_optional") }),
      el("label", { "for": "reg-group", "class": "field", text: t("group") }), group]
      .concat(field("reg-country", "country", me.country, "country-name"))
      .concat(field("reg-org", "organisation", me.organisation, "organization"))
      .concat(field("reg-name", "name", me.name, "name"))
      .concat([el("label", { "class": "check", "for": "reg-consent" }, [consent, el("span", { text: t("consent") })]),
               el("p", { id: "reg-consent-hint", "class": "hint", text: t("consent_hint") }),
               el("div", { "class": "actions" }, [save, skip]), status]));
    box.textContent = "";
    box.appendChild(form);
    function showWho(key, moveFocus) {
      box.hidden = true;
      who.textContent = "";
      who.appendChild(el("span", { text: t(key) + " " }));
      who.appendChild(el("button", { type: "button", "class": "btn secondary", id: "reg-change", text: t("register_change"),
        on: { click: function () { box.hidden = false; who.hidden = true; group.focus(); } } }));
      who.hidden = false;
      showQuestions(true);
      var first = document.querySelector(".q h2");
      if (moveFocus && first) { first.setAttribute("tabindex", "-1"); first.focus(); }  // on to the questions
    }
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      if (!group.value) { showStatus(status, t("group_needed"), "bad"); group.focus(); return; }
      var body = { group: group.value, country: byId("reg-country").value.trim(),
                   organisation: byId("reg-org").value.trim(), name: byId("reg-name").value.trim(),
                   consent_named: consent.checked };
      meStore.set(body);
      enqueue("register", "/register", body);
    });
    if (skip) skip.addEventListener("click", function () { skipStore.set(true); showWho("anonymous", true); });
    watchers.register = function (state, info) {
      if (state === "sending") showStatus(status, t("sending"), "wait");
      else if (state === "queued") showStatus(status, t("queued"), "wait");
      else if (state === "refused") showStatus(status, t("refused", { message: info.message }), "bad");
      else if (state === "ok") { showStatus(status, ""); session.registered = true; skipStore.clear(); showWho("register_saved", true); say(t("register_saved")); }
    };
    if (session.registered) showWho("register_saved");
    else if (mode === "optional" && skipStore.get(false)) showWho("anonymous");
    else { box.hidden = false; who.hidden = true; showQuestions(mode !== "required"); }
  }
  function showQuestions(yes) { byId("questions").hidden = !yes; }

  // -- one question ---------------------------------------------------------------------------
  function labels(q) { var m = {}; q.options.forEach(function (o) { m[o.id] = o.label; }); return m; }

  function makeCard(q) {
    var card = { q: q, closed: !q.open, saved: !!q.mine };
    var node = el("section", { "class": "card q", id: "q-" + q.id, "data-kind": q.kind, "aria-labelledby": "qp-" + q.id });
    node.appendChild(el("h2", { id: "qp-" + q.id, dir: "auto", text: q.prompt }));
    if (q.description) node.appendChild(el("p", { "class": "hint", dir: "auto", text: q.description }));
    node.appendChild(el("p", { "class": "closed-note", text: t("closed") }));
    card.node = node;
    if (q.kind !== "open") answerArea(card);
    commentArea(card);
    setClosed(card, !q.open);
    return card;
  }

  function setClosed(card, closed) {
    card.closed = closed;
    card.node.classList.toggle("closed", closed);
    card.node.querySelectorAll(".comment-area button, .comment-area select, .comment-area textarea")
      .forEach(function (c) { c.disabled = closed; });
    if (card.widget) card.widget.render();
  }

  function answerArea(card) {
    var q = card.q, key = "answer:" + q.id, drafts = draftStore.get({});
    var area = el("div", { "class": "answer-area" });
    var status = statusLine(), send = el("button", { type: "button", "class": "btn send", "aria-describedby": "why-" + q.id });
    var why = el("p", { "class": "hint why", id: "why-" + q.id, hidden: true });
    var make = { ranking: rankingWidget, points: pointsWidget, rating: ratingWidget }[q.kind];
    if (!make) return;
    function label() { send.textContent = t(card.saved ? "update" : "send"); }
    function changed() {
      var d = draftStore.get({}); d[q.id] = card.widget.value(); draftStore.set(d);
      if (card.saved) showStatus(status, t("changed_unsent"), "wait");
      refreshSend();
    }
    function refreshSend() {  // a button that cannot be pressed says why, under it
      var problem = card.widget.problem();
      send.disabled = card.closed || !!problem;
      why.textContent = card.closed ? "" : problem;
      why.hidden = !why.textContent;
    }
    var field = { ranking: "ranking", points: "points", rating: "ratings" }[q.kind];
    card.widget = make(q, area, drafts[q.id] !== undefined ? drafts[q.id] : (q.mine && q.mine[field]), changed,
                       function () { return card.closed; });
    var oldRender = card.widget.render;
    card.widget.render = function () { oldRender(); refreshSend(); };
    card.widget.render();
    label();
    send.addEventListener("click", function () {
      var problem = card.widget.problem();
      if (problem) { showStatus(status, problem, "bad"); return; }
      var body = { question_id: q.id };
      body[card.widget.field] = card.widget.value();
      enqueue(key, "/answer", body);
    });
    watchers[key] = function (state, info) {
      if (state === "sending") showStatus(status, t("sending"), "wait");
      else if (state === "queued") showStatus(status, t("queued"), "wait");
      else if (state === "refused") {
        showStatus(status, t("refused", { message: info.message }), "bad");
        if (info.status === 409) setClosed(card, true);
      } else if (state === "ok") {
        card.saved = true; label();
        var d = draftStore.get({}); delete d[q.id]; draftStore.set(d);
        showStatus(status, savedText("saved", info), "ok");
      }
    };
    area.appendChild(el("div", { "class": "actions" }, [send]));
    area.appendChild(why);
    area.appendChild(status);
    card.node.appendChild(area);
    if (outbox.some(function (e) { return e.key === key; })) showStatus(status, t("queued"), "wait");
  }

  // -- ranking by tapping: tiers of option ids, best first ------------------------------------
  function rankingWidget(q, area, start, changed, isClosed) {
    var names = labels(q), tiers = [];
    (start || []).forEach(function (tier) {
      var known = tier.filter(function (id) { return names[id] !== undefined; });
      if (known.length) tiers.push(known);
    });
    var max = q.max_ranked || q.options.length;
    area.appendChild(el("p", { "class": "hint", text: q.max_ranked ? t("rank_hint_top", { n: q.max_ranked }) : t("rank_hint") }));
    area.appendChild(el("h3", { text: t("my_order") }));
    var legend = el("p", { "class": "hint legend", "aria-hidden": "true", text: t("rank_legend") });
    area.appendChild(legend);  // for the eyes: the buttons say it to a screen reader themselves
    var order = el("ol", { "class": "order" });
    area.appendChild(order);
    area.appendChild(el("h3", { text: t("options") }));
    var full = el("p", { "class": "hint" }), pool = el("ul", { "class": "pool" });
    area.appendChild(full);
    area.appendChild(pool);
    var widget = { field: "ranking" };

    function flat() { var out = []; tiers.forEach(function (tier, k) { tier.forEach(function (id, i) { out.push({ id: id, tier: k, tied: i > 0 }); }); }); return out; }
    function where(id) { for (var k = 0; k < tiers.length; k++) { var i = tiers[k].indexOf(id); if (i >= 0) return [k, i]; } return null; }
    function take(id) { var w = where(id); tiers[w[0]].splice(w[1], 1); if (!tiers[w[0]].length) tiers.splice(w[0], 1); return w; }
    function position(id) { return where(id)[0] + 1; }
    function act(kind, id) {
      var w = where(id), k = w ? w[0] : -1, msg;
      if (kind === "add") { tiers.push([id]); msg = t("said_added", { label: names[id], n: tiers.length }); }
      else if (kind === "remove") { take(id); msg = t("said_removed", { label: names[id] }); }
      else if (kind === "up" || kind === "down") {
        var down = kind === "down";
        if (tiers[k].length > 1) {  // out of its tie, just above (or below) its partners
          take(id);
          tiers.splice(down ? k + 1 : k, 0, [id]);
        } else {
          var other = down ? k + 1 : k - 1;
          if (other < 0 || other >= tiers.length) return;
          var moved = tiers[k]; tiers[k] = tiers[other]; tiers[other] = moved;
        }
        msg = t("said_moved", { label: names[id], n: position(id) });
      } else if (kind === "tie") {
        if (w[1] > 0) {  // already tied: a rank of its own, just below its partners
          take(id); tiers.splice(k + 1, 0, [id]);
          msg = t("said_untied", { label: names[id], n: position(id) });
        } else if (k > 0) {
          take(id); tiers[k - 1].push(id);
          msg = t("said_tied", { label: names[id], n: position(id) });
        }
      }
      widget.render();
      focusAfter(kind, id);
      if (msg) say(msg);
      changed();
    }
    function focusAfter(kind, id) {
      var target = kind === "add" || kind === "remove"
        ? pool.querySelector("button:not(:disabled)") || order.querySelector("button")
        : order.querySelector('[data-id="' + id + '"][data-act="' + kind + '"]');
      if (target && target.disabled) target = order.querySelector('[data-id="' + id + '"] button:not(:disabled)');
      if (target) target.focus();
    }
    function tool(kind, id, text, aria, disabled, pressed) {
      return el("button", { type: "button", "class": "icon", "data-id": id, "data-act": kind, text: text,
        "aria-label": aria, "aria-pressed": pressed === undefined ? null : String(pressed), disabled: disabled,
        on: { click: function () { act(kind, id); } } });
    }
    widget.render = function () {
      var closed = isClosed(), items = flat(), ranked = {};
      order.textContent = "";
      if (!items.length) order.appendChild(el("li", { "class": "empty", text: t("order_empty") }));
      items.forEach(function (it, n) {
        ranked[it.id] = true;
        var label = names[it.id];
        order.appendChild(el("li", { "class": it.tied ? "tied" : "", "data-id": it.id }, [
          el("span", { "class": "rank", text: (it.tied ? "=" : "") + (it.tier + 1) }),
          el("span", { "class": "label", dir: "auto", text: label }),
          el("span", { "class": "tools" }, [
            tool("up", it.id, "▲", t("move_up", { label: label }), closed || n === 0),
            tool("down", it.id, "▼", t("move_down", { label: label }), closed || n === items.length - 1),
            tool("tie", it.id, "=", t(it.tied ? "untie_label" : "tie_label", { label: label }), closed || n === 0, it.tied),
            tool("remove", it.id, "✕", t("remove", { label: label }), closed)])]));
      });
      pool.textContent = "";
      var isFull = items.length >= max;
      q.options.forEach(function (o) {
        if (ranked[o.id]) return;
        pool.appendChild(el("li", {}, [el("button", { type: "button", "class": "opt", "data-id": o.id, dir: "auto", text: o.label,
          "aria-label": t("add_option", { label: o.label }), disabled: closed || isFull,
          on: { click: function () { act("add", o.id); } } })]));
      });
      legend.hidden = !items.length;
      full.textContent = items.length === q.options.length ? t("all_ranked") : (isFull ? t("rank_full", { n: max }) : "");
      full.hidden = !full.textContent;
    };
    widget.value = function () { return tiers.map(function (tier) { return tier.slice(); }); };
    widget.problem = function () { return tiers.length ? "" : t("rank_empty"); };
    return widget;
  }

  // -- points with a live budget --------------------------------------------------------------
  function pointsWidget(q, area, start, changed, isClosed) {
    var budget = q.budget || 0, step = budget >= 50 ? 5 : 1, values = {}, inputs = {};
    q.options.forEach(function (o) { values[o.id] = (start && start[o.id]) || 0; });
    var line = el("p", { "class": "budget", "aria-live": "polite" }), warn = el("p", { "class": "hint", "aria-live": "assertive" });
    area.appendChild(line);
    var widget = { field: "points" };
    function total() { return Object.keys(values).reduce(function (s, k) { return s + values[k]; }, 0); }
    function set(id, wanted) {
      wanted = Math.max(0, Math.floor(Number(wanted) || 0));
      var room = budget - (total() - values[id]);
      warn.textContent = wanted > room ? t("points_over", { left: Math.max(0, room) }) : "";
      values[id] = Math.min(wanted, Math.max(0, room));
      widget.render();
      changed();
    }
    q.options.forEach(function (o) {
      var id = "pts-" + q.id + "-" + o.id;
      var input = el("input", { id: id, type: "number", inputmode: "numeric", min: "0", max: String(budget), step: "1",
        on: { input: function () { set(o.id, input.value); } } });
      inputs[o.id] = input;
      area.appendChild(el("div", { "class": "prow" }, [
        el("label", { "class": "label", "for": id, dir: "auto", text: o.label }),
        el("span", { "class": "stepper" }, [
          el("button", { type: "button", "class": "icon", "data-act": "minus", text: "−", "aria-label": t("fewer", { label: o.label }),
            on: { click: function () { set(o.id, values[o.id] - step); } } }),
          input,
          el("button", { type: "button", "class": "icon", "data-act": "plus", text: "+", "aria-label": t("more", { label: o.label }),
            on: { click: function () { set(o.id, values[o.id] + Math.min(step, budget - total()) ); } } })])]));
    });
    area.appendChild(warn);
    widget.render = function () {
      var left = budget - total(), closed = isClosed();
      line.textContent = t("points_left", { left: left, budget: budget });
      line.classList.toggle("zero", left === 0);
      q.options.forEach(function (o) {
        var input = inputs[o.id], row = input.parentNode;
        if (document.activeElement !== input || input.value !== String(values[o.id])) input.value = String(values[o.id]);
        input.disabled = closed;
        row.querySelector('[data-act="minus"]').disabled = closed || values[o.id] === 0;
        row.querySelector('[data-act="plus"]').disabled = closed || left === 0;
      });
    };
    widget.value = function () { var out = {}; Object.keys(values).forEach(function (k) { if (values[k]) out[k] = values[k]; }); return out; };
    widget.problem = function () { return total() === budget ? "" : t("points_give_all", { budget: budget }); };
    return widget;
  }

  // -- ratings: one radio group per option ----------------------------------------------------
  function ratingWidget(q, area, start, changed, isClosed) {
    var scale = q.scale || [1, 5], values = {}, radios = [];
    Object.keys(start || {}).forEach(function (k) { values[k] = start[k]; });
    area.appendChild(el("p", { "class": "hint", text: t("rating_scale", { low: scale[0], high: scale[1] }) }));
    q.options.forEach(function (o) {
      var pills = [];
      for (var v = scale[0]; v <= scale[1]; v++) {
        var radio = el("input", { type: "radio", name: "r-" + q.id + "-" + o.id, value: String(v), checked: values[o.id] === v,
          "data-id": o.id, on: { change: function (ev) { values[ev.target.getAttribute("data-id")] = Number(ev.target.value); changed(); } } });
        radios.push(radio);
        pills.push(el("label", { "class": "pill" }, [radio, el("span", { text: String(v) })]));
      }
      area.appendChild(el("fieldset", {}, [el("legend", { dir: "auto", text: o.label }), el("div", { "class": "scale" }, pills)]));
    });
    var widget = { field: "ratings" };
    widget.render = function () {
      var closed = isClosed();
      radios.forEach(function (r) { r.disabled = closed; });
    };
    widget.value = function () { var out = {}; Object.keys(values).forEach(function (k) { out[k] = values[k]; }); return out; };
    widget.problem = function () { return Object.keys(values).length ? "" : t("rating_none"); };
    return widget;
  }

  // -- comments on the question or one of its options -----------------------------------------
  function commentArea(card) {
    var q = card.q, area = el("div", { "class": "comment-area" }), status = statusLine();
    var tid = "c-" + q.id, about = null;
    var box = el("textarea", { id: tid, maxlength: "5000", rows: "3", dir: "auto" });
    area.appendChild(el("label", { "class": "field", "for": tid, text: t(q.kind === "open" ? "comment_open" : "comment") }));
    area.appendChild(box);
    if (q.options.length) {
      about = el("select", { id: tid + "-about" }, [el("option", { value: "", text: t("comment_whole") })]
        .concat(q.options.map(function (o) { return el("option", { value: o.id, text: o.label }); })));
      area.appendChild(el("label", { "class": "field", "for": tid + "-about", text: t("comment_about") }));
      area.appendChild(about);
    }
    var send = el("button", { type: "button", "class": "btn" + (q.kind === "open" ? "" : " secondary"), text: t("comment_send") });
    var list = el("ul", { "class": "sent", "aria-label": t("your_comments") });
    area.appendChild(el("div", { "class": "actions" }, [send]));
    area.appendChild(status);
    area.appendChild(list);
    function remembered() { return (sentStore.get({})[q.id]) || []; }
    function showSent() {
      list.textContent = "";
      remembered().forEach(function (text) { list.appendChild(el("li", { dir: "auto", text: text })); });
    }
    send.addEventListener("click", function () {
      var text = box.value.trim();
      if (!text) { showStatus(status, t("comment_empty"), "bad"); box.focus(); return; }
      var key = "comment:" + q.id + ":" + Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
      watch(key, text);
      enqueue(key, "/comment", { question_id: q.id, option_id: about && about.value ? about.value : null, text: text,
                                 client_key: key });  // a retry after a lost reply is recognised, not saved twice
      box.value = "";
    });
    function watch(key, text) {
      watchers[key] = function (state, info) {
        if (state === "sending") showStatus(status, t("sending"), "wait");
        else if (state === "queued") showStatus(status, t("queued"), "wait");
        else if (state === "refused") { showStatus(status, t("refused", { message: info.message }), "bad"); if (!box.value) box.value = text; }
        else if (state === "ok") {
          var all = sentStore.get({}); (all[q.id] = all[q.id] || []).push(text); sentStore.set(all);
          showSent();
          showStatus(status, savedText("comment_saved", info), "ok");
        }
      };
    }
    outbox.forEach(function (e) {  // comments kept from before a reload
      if (e.key.indexOf("comment:" + q.id + ":") === 0) { watch(e.key, e.body.text); showStatus(status, t("queued"), "wait"); }
    });
    showSent();
    card.node.appendChild(area);
  }

  // -- the session: loaded, then refreshed for questions opened or closed ---------------------
  var loadDelay = 0;
  function load(first) {
    return fetch(API + "/session", { credentials: "same-origin", cache: "no-store" }).then(function (r) {
      if (!r.ok) throw new Error(String(r.status));
      return r.json();
    }).then(function (data) {
      loadDelay = 0;
      byId("unreachable").hidden = true;
      byId("loading").hidden = true;
      var firstTime = !session;
      session = data;
      if (data.title) { byId("title").textContent = data.title; document.title = data.title; }
      if (firstTime) registration();
      showCards(data.questions || []);
      if (firstTime) flush();
    }).catch(function (err) {
      if (window.console) console.error("session:", err);
      if (!session) { byId("unreachable").hidden = false; byId("loading").hidden = true; }
      loadDelay = Math.min(loadDelay ? loadDelay * 2 : 2000, 30000);
      if (first) setTimeout(function () { load(true); }, loadDelay);
    });
  }
  function showCards(questions) {
    var holder = byId("questions");
    questions.forEach(function (q, n) {
      var card = cards[q.id];
      if (!card && q.open) {  // in the session's order, whenever it opens
        card = cards[q.id] = makeCard(q);
        card.node.setAttribute("data-n", String(n));
        var later = Array.prototype.find.call(holder.children, function (c) { return Number(c.getAttribute("data-n")) > n; });
        holder.insertBefore(card.node, later || null);
      } else if (card && card.closed === q.open) setClosed(card, !q.open);
    });
    byId("no-questions").hidden = questions.some(function (q) { return q.open; });
  }
  byId("retry-load").addEventListener("click", function () { load(false); });
  setInterval(function () { if (!document.hidden && session) load(false); }, 10000);  // questions opened, closed
  document.addEventListener("visibilitychange", function () { if (!document.hidden) { load(false); flush(); } });
  load(true);
})();
