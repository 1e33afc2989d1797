// Keeps the page in step with the audio: highlight, scroll, clip buttons, click-to-seek, keyboard.
"use strict";
(() => {
  const edition = document.getElementById("edition");
  const clip = document.getElementById("clip");
  const sentences = [...document.querySelectorAll(".sentence")].map((el) => ({
    el, start: +el.dataset.start, end: +el.dataset.end, paragraph: el.closest(".paragraph"),
    words: [...el.querySelectorAll(".word")].map((w) => ({ el: w, start: +w.dataset.start, end: +w.dataset.end })),
  }));
  const paragraphs = [...document.querySelectorAll(".paragraph")];
  const calm = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  let current = null;
  let currentWord = null;
  let clipButton = null;

  // The last item whose start is at or before t, if t is before its end.
  function find(items, t) {
    let lo = 0, hi = items.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (items[mid].start <= t) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
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

  function follow() {
    show(now());
    if (!edition.paused || !clip.paused) requestAnimationFrame(follow);
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

  function seek(t) {
    stopClip();
    edition.currentTime = t;
    show(t);
    start(edition);
  }

  function stepParagraph(step) {
    const t = now() + 0.01;
    let index = paragraphs.findIndex((p) => +p.dataset.start > t) - 1;
    if (index < -1) index = paragraphs.length - 1;
    const target = paragraphs[Math.min(Math.max(index + step, 0), paragraphs.length - 1)];
    seek(+target.dataset.start);
    target.querySelector(".play-clip").focus({ preventScroll: true });
  }

  for (const button of document.querySelectorAll(".play-clip")) {
    button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", () => playClip(button));
  }
  for (const s of sentences) s.el.addEventListener("click", () => seek(s.start));
  for (const media of [edition, clip]) {
    media.addEventListener("play", () => requestAnimationFrame(follow));
    media.addEventListener("seeked", () => show(now()));
  }
  clip.addEventListener("ended", stopClip);
  edition.addEventListener("play", stopClip);

  document.addEventListener("keydown", (event) => {
    const tag = event.target.tagName;
    if (event.altKey || event.ctrlKey || event.metaKey || tag === "INPUT" || tag === "TEXTAREA") return;
    if (event.key === " " && tag !== "BUTTON" && tag !== "AUDIO") {
      event.preventDefault();
      if (!clip.paused) stopClip(); else if (edition.paused) start(edition); else edition.pause();
    } else if (event.key === "ArrowRight" || event.key === "ArrowDown") {
      event.preventDefault();
      stepParagraph(1);
    } else if (event.key === "ArrowLeft" || event.key === "ArrowUp") {
      event.preventDefault();
      stepParagraph(-1);
    }
  });
})();
