// Presentation mode's full-screen button: one click (or Enter / Space) for a teacher at a projector,
// instead of a key that differs between systems (F11; Ctrl+Cmd+F on a Mac). Where the browser has no
// full-screen support (an iPhone), the button stays hidden and the key hint stays.

/** Shows `button` in place of `hint` and makes it enter and leave full screen, its label saying which. */
export function offerFullscreen(button: HTMLButtonElement, hint: HTMLElement, doc: Document = document): void {
  if (!doc.fullscreenEnabled) return;
  const label = () => {
    button.textContent = doc.fullscreenElement ? 'Leave full screen' : 'Full screen';
  };
  button.addEventListener('click', (event) => {
    const change = doc.fullscreenElement ? doc.exitFullscreen() : doc.documentElement.requestFullscreen();
    // Refused (no user gesture, a policy): the page stays as it is and the label still tells the truth.
    change.catch(label);
    // Clicked with a mouse or a finger (not Enter or Space): give focus back to the page, or the next Space,
    // meant to step the slides, would press the button again.
    if (event.detail > 0) button.blur();
  });
  doc.addEventListener('fullscreenchange', label);
  hint.hidden = true;
  button.hidden = false;
}
