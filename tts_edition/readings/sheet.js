"use strict";
// Filters (search, kind, only what needs checking), the sentence player and the lexicon-line copy of the sheet.
(() => {
  const rows = Array.from(document.querySelectorAll("#readings tbody tr"));
  const search = document.getElementById("search");
  const kind = document.getElementById("kind");
  const onlyCheck = document.getElementById("only-check");
  const shown = document.getElementById("shown");
  const status = document.getElementById("status");
  const player = document.getElementById("player");
  let stopAt = null;

  function filter() {
    const words = search.value.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
    let count = 0;
    for (const row of rows) {
      const visible = (!kind.value || row.dataset.kind === kind.value)
        && (!onlyCheck.checked || row.dataset.check === "true")
        && words.every((word) => row.dataset.search.includes(word));
      row.hidden = !visible;
      count += visible ? 1 : 0;
    }
    shown.textContent = String(count);
  }

  function play(button) {
    const start = Number(button.dataset.start);
    stopAt = Number(button.dataset.end);
    const begin = () => { player.currentTime = start; player.play().catch(() => {}); };
    if (player.getAttribute("src") === button.dataset.src && player.readyState >= 1) {
      begin();
    } else {
      player.src = button.dataset.src;
      player.addEventListener("loadedmetadata", begin, {once: true});
      player.load();
    }
  }

  player.addEventListener("timeupdate", () => {
    if (stopAt !== null && player.currentTime >= stopAt) {
      player.pause();
      stopAt = null;
    }
  });

  async function copy(button) {
    const line = button.dataset.line;
    try {
      await navigator.clipboard.writeText(line);
    } catch {
      const area = document.createElement("textarea");
      area.value = line;
      area.setAttribute("aria-hidden", "true");
      document.body.append(area);
      area.select();
      document.execCommand("copy");
      area.remove();
    }
    status.textContent = `${LABELS.copied}: ${line.replace("\t", " → ")}`;
    document.body.dataset.copied = line;
  }

  document.querySelector("#readings tbody").addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (!button) return;
    if (button.classList.contains("play")) play(button);
    if (button.classList.contains("copy")) copy(button);
  });
  for (const control of [search, kind, onlyCheck]) control.addEventListener("input", filter);
  kind.addEventListener("change", filter);
  onlyCheck.addEventListener("change", filter);
})();
