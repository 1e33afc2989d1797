// Keeps the page in step with the audio (highlight, scroll, clip buttons, click-to-seek, keyboard) and runs the
// player bar: chapters, skips, speed, sleep timer, lock-screen controls, and the listening position kept per edition.
"use strict";
(() => {
  const byId = (id) => document.getElementById(id);
  const edition = byId("edition");
  const clip = byId("clip");
  const timed = (el) => ({ el, start: +el.dataset.start, end: +el.dataset.end });
  const sentences = [...document.querySelectorAll(".sentence")].map((el) => ({
    ...timed(el), words: [...el.querySelectorAll(".word")].map(timed),
  }));
  const paragraphs = [...document.querySelectorAll(".paragraph")];
  const chapters = [...document.querySelectorAll(".chapter")].map((el) => ({
    ...timed(el), title: el.dataset.title, link: document.querySelector(`#contents a[href="#${el.id}"]`),
  }));
  const keys = {
    position: `tts-edition:position:${document.body.dataset.edition}`,
    speed: "tts-edition:speed",
    textSize: "tts-edition:text-size",
  };
  const textSizes = [0.85, 1, 1.15, 1.3, 1.5, 1.75];
  const calm = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  let current = null;
  let currentWord = null;
  let clipButton = null;
  let chapter = null;
  let restored = false;
  let sleepTimer = null;
  let sleepAtEndOf = null;
  let textStep = 1;

  // Storage can be missing or full (private windows, file:// pages): the page works without it.
  function load(key) {
    try { return JSON.parse(localStorage.getItem(key)); } catch { return null; }
  }
  function save(key, value) {
    try { localStorage.setItem(key, JSON.stringify(value)); } catch { /* nothing is kept */ }
  }

  const clamp = (x, lo, hi) => Math.min(Math.max(x, lo), hi);

  // The number of the last item whose start is at or before t (-1 when none is).
  function lastStarted(items, t) {
    let lo = 0, hi = items.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (items[mid].start <= t) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found;
  }

  function find(items, t) {
    const found = lastStarted(items, t);
    return found >= 0 && t < items[found].end ? items[found] : null;
  }

  function show(t) {
    const sentence = find(sentences, t);
    if (sentence !== current) {
      current?.el.classList.remove("is-current");
      current = sentence;
      if (current) {
        current.el.classList.add("is-current");
        current.el.scrollIntoView({ block: "center", behavior: calm ? "auto" : "smooth" });
      }
      document.body.dataset.current = current ? current.el.id : "";
    }
    const word = current ? find(current.words, t) : null;
    if (word !== currentWord) {
      currentWord?.el.classList.remove("is-current");
      currentWord = word;
      currentWord?.el.classList.add("is-current");
    }
  }

  // Edition time of whatever is playing: a clip's time is shifted by its paragraph's start.
  function now() {
    if (!clip.paused && clipButton) return +clipButton.closest(".paragraph").dataset.start + clip.currentTime;
    return edition.currentTime;
  }

  const playing = () => !edition.paused || !clip.paused;

  function follow() {
    show(now());
    if (playing()) requestAnimationFrame(follow);
  }

  // A pause (or another seek) before playback has begun rejects play() with an AbortError: that is not a fault.
  function start(media) {
    media.play().catch((error) => {
      if (error.name !== "AbortError") throw error;
    });
  }

  function stopClip() {
    clip.pause();
    clipButton?.setAttribute("aria-pressed", "false");
    clipButton = null;
  }

  function playClip(button) {
    const again = button === clipButton && !clip.paused;
    stopClip();
    edition.pause();
    if (again) return;
    clipButton = button;
    button.setAttribute("aria-pressed", "true");
    clip.src = button.dataset.clip;
    start(clip);
  }

  // Pausing a clip leaves the edition where the clip was, so playing on continues from there.
  function pause() {
    if (!clip.paused) edition.currentTime = now();
    stopClip();
    edition.pause();
  }

  function moveTo(t, play = playing()) {
    stopClip();
    edition.currentTime = clamp(t, 0, edition.duration || t);
    show(edition.currentTime);
    if (play) start(edition);
  }

  function stepParagraph(step) {
    const t = now() + 0.01;
    let index = paragraphs.findIndex((p) => +p.dataset.start > t) - 1;
    if (index < -1) index = paragraphs.length - 1;
    const target = paragraphs[clamp(index + step, 0, paragraphs.length - 1)];
    moveTo(+target.dataset.start, true);
    target.querySelector("button").focus({ preventScroll: true });
  }

  // "Previous" goes back to the start of the chapter playing, or to the chapter before within its first 3 s.
  function stepChapter(step) {
    const t = now();
    const index = Math.max(lastStarted(chapters, t + 0.01), 0);
    const back = step < 0 && t - chapters[index].start > 3 ? 0 : step;
    goToChapter(chapters[clamp(index + back, 0, chapters.length - 1)]);
  }

  function goToChapter(target) {
    moveTo(target.start);
    target.el.scrollIntoView({ block: "start" });
    (target.el.querySelector(".play-from") ?? target.el.querySelector("h2"))?.focus({ preventScroll: true });
  }

  function showChapter(t) {
    const found = chapters[Math.max(lastStarted(chapters, t), 0)];
    if (!found || found === chapter) return;
    chapter?.link?.removeAttribute("aria-current");
    chapter = found;
    chapter.link?.setAttribute("aria-current", "true");
    byId("chapter-now").textContent = chapter.title;
    if ("mediaSession" in navigator) {
      navigator.mediaSession.metadata = new MediaMetadata({
        title: chapter.title, artist: document.body.dataset.author, album: document.title,
      });
    }
  }

  function clock(seconds) {
    const s = Math.floor(seconds);
    const hours = Math.floor(s / 3600);
    const rest = `${Math.floor(s / 60) % 60}:${String(s % 60).padStart(2, "0")}`;
    return hours ? `${hours}:${rest.padStart(5, "0")}` : rest;
  }

  // Called on every timeupdate: the bar, the saved position, the lock screen and the sleep timer follow the audio.
  function tick() {
    const t = now();
    const position = byId("position");
    const text = `${clock(t)} / ${clock(+position.max)}`;
    position.value = t;
    position.setAttribute("aria-valuetext", text);
    byId("clock").textContent = text;
    showChapter(t);
    if (restored) save(keys.position, Math.round(t * 10) / 10);
    if (sleepAtEndOf && t >= sleepAtEndOf.end - 0.05) sleepNow();
    if ("mediaSession" in navigator && edition.duration) {
      navigator.mediaSession.setPositionState({
        duration: edition.duration, playbackRate: edition.playbackRate, position: clamp(t, 0, edition.duration),
      });
    }
  }

  // Before the audio's metadata has loaded, the player takes the time as where to start.
  function restore() {
    const saved = load(keys.position);
    if (typeof saved === "number" && saved > 0 && saved < +byId("position").max) {
      edition.currentTime = saved;
      show(saved);
    }
    restored = true;
    tick();
  }

  function showPlaying() {
    const on = playing();
    const button = byId("play");
    button.classList.toggle("is-playing", on);
    button.setAttribute("aria-label", on ? button.dataset.pauseLabel : button.dataset.playLabel);
    button.title = button.getAttribute("aria-label");
    if ("mediaSession" in navigator) navigator.mediaSession.playbackState = on ? "playing" : "paused";
  }

  function setSpeed(rate) {
    for (const media of [edition, clip]) {
      media.defaultPlaybackRate = rate;
      media.playbackRate = rate;
    }
    byId("speed").value = String(rate);
    save(keys.speed, rate);
  }

  function setTextSize(step) {
    textStep = clamp(step, 0, textSizes.length - 1);
    const size = textSizes[textStep];
    document.documentElement.style.setProperty("--text-scale", size);
    byId("text-size").textContent = `${Math.round(size * 100)}%`;
    byId("smaller").disabled = size === textSizes[0];
    byId("larger").disabled = size === textSizes.at(-1);
    save(keys.textSize, size);
  }

  function sleepNow() {
    clearTimeout(sleepTimer);
    sleepTimer = sleepAtEndOf = null;
    byId("sleep").value = "";
    pause();
  }

  function setSleep(choice) {
    clearTimeout(sleepTimer);
    sleepAtEndOf = choice === "chapter" ? chapter : null;
    sleepTimer = +choice ? setTimeout(sleepNow, +choice * 60000) : null;
  }

  function openDialog(dialog, focus) {
    dialog.showModal();
    focus?.focus();
    focus?.scrollIntoView({ block: "center" });
  }

  function wireDialogs() {
    for (const dialog of document.querySelectorAll("dialog")) {
      byId(`${dialog.id}-close`).addEventListener("click", () => dialog.close());
      dialog.addEventListener("click", (event) => { if (event.target === dialog) dialog.close(); });
    }
    byId("contents-open").addEventListener("click", () => openDialog(byId("contents"), chapter?.link));
    byId("settings-open").addEventListener("click", () => openDialog(byId("settings")));
    for (const target of chapters) {
      target.link.addEventListener("click", (event) => {
        event.preventDefault();
        // Closing gives the focus back to the opener; the chapter takes it once the dialog is closed.
        byId("contents").addEventListener("close", () => goToChapter(target), { once: true });
        byId("contents").close();
      });
    }
  }

  function wirePlayer() {
    byId("play").addEventListener("click", () => (playing() ? pause() : start(edition)));
    byId("back").addEventListener("click", () => moveTo(now() - 15));
    byId("forward").addEventListener("click", () => moveTo(now() + 30));
    byId("previous")?.addEventListener("click", () => stepChapter(-1));  // only where there are chapters to step to
    byId("next")?.addEventListener("click", () => stepChapter(1));
    byId("position").addEventListener("input", (event) => moveTo(+event.target.value));
    byId("speed").addEventListener("change", (event) => setSpeed(+event.target.value));
    byId("smaller").addEventListener("click", () => setTextSize(textStep - 1));
    byId("larger").addEventListener("click", () => setTextSize(textStep + 1));
    byId("sleep").addEventListener("change", (event) => setSleep(event.target.value));
  }

  function wireMediaSession() {
    if (!("mediaSession" in navigator)) return;
    const actions = {
      play: () => start(edition),
      pause,
      seekbackward: (details) => moveTo(now() - (details.seekOffset || 15)),
      seekforward: (details) => moveTo(now() + (details.seekOffset || 30)),
      seekto: (details) => moveTo(details.seekTime),
    };
    if (chapters.length > 1) {
      actions.previoustrack = () => stepChapter(-1);
      actions.nexttrack = () => stepChapter(1);
    }
    for (const [action, handler] of Object.entries(actions)) {
      try { navigator.mediaSession.setActionHandler(action, handler); } catch { /* not offered by this browser */ }
    }
  }

  function wireText() {
    for (const button of document.querySelectorAll(".play-clip")) {
      button.setAttribute("aria-pressed", "false");
      button.addEventListener("click", () => playClip(button));
    }
    for (const button of document.querySelectorAll(".play-from")) {
      button.addEventListener("click", () => moveTo(+button.parentElement.dataset.start, true));
    }
    for (const s of sentences) {
      s.el.addEventListener("click", (event) => {
        event.stopPropagation();
        moveTo(s.start, true);
      });
    }
  }

  function wireMedia() {
    for (const media of [edition, clip]) {
      media.addEventListener("play", () => requestAnimationFrame(follow));
      media.addEventListener("seeked", () => show(now()));
      media.addEventListener("timeupdate", tick);
      media.addEventListener("play", showPlaying);
      media.addEventListener("pause", showPlaying);
    }
    clip.addEventListener("ended", () => {
      edition.currentTime = +clipButton.closest(".paragraph").dataset.end;
      stopClip();
    });
    edition.addEventListener("play", stopClip);
  }

  function onKey(event) {
    const tag = event.target.tagName;
    if (event.altKey || event.ctrlKey || event.metaKey || event.target.closest("dialog")) return;
    if (["INPUT", "SELECT", "TEXTAREA"].includes(tag)) return;
    if (event.key === " " && tag !== "BUTTON") {
      event.preventDefault();
      if (playing()) pause(); else start(edition);
    } else if (event.key === "ArrowRight" || event.key === "ArrowDown") {
      event.preventDefault();
      stepParagraph(1);
    } else if (event.key === "ArrowLeft" || event.key === "ArrowUp") {
      event.preventDefault();
      stepParagraph(-1);
    }
  }

  wireText();
  wirePlayer();
  wireDialogs();
  wireMediaSession();
  wireMedia();
  document.addEventListener("keydown", onKey);
  restore();
  const savedSize = textSizes.indexOf(load(keys.textSize));
  setTextSize(savedSize >= 0 ? savedSize : 1);
  const savedSpeed = load(keys.speed);
  if ([...byId("speed").options].some((option) => +option.value === savedSpeed)) setSpeed(savedSpeed);
})();
