"use strict";
(() => {
  // One player for the page: a button plays its edition, or pauses it when it is the one playing.
  const player = document.getElementById("player");
  const buttons = [...document.querySelectorAll(".play")];
  const show = () => {
    for (const button of buttons) {
      const on = !player.paused && player.src === new URL(button.dataset.audio, location.href).href;
      button.setAttribute("aria-pressed", String(on));
      button.setAttribute("aria-label", on ? button.dataset.pauseLabel : button.dataset.playLabel);
      button.textContent = on ? "❚❚" : "▶";
    }
  };
  for (const button of buttons) {
    button.addEventListener("click", () => {
      const audio = new URL(button.dataset.audio, location.href).href;
      if (player.src === audio && !player.paused) {
        player.pause();
      } else {
        if (player.src !== audio) player.src = audio;
        player.play();
      }
    });
  }
  for (const event of ["play", "pause", "ended"]) player.addEventListener(event, show);
})();
