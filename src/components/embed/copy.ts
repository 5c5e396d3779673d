// Browser side of SceneTools: shows the embed code for the origin the page is actually served from, and
// copies it to the clipboard (or selects it, for browsers that refuse).
export function enableCopyButtons(doc: Document): void {
  doc.querySelectorAll<HTMLElement>('[data-embed-code]').forEach((code) => {
    const built = code.dataset.site;
    if (built && built !== location.origin) code.textContent = code.textContent!.split(built).join(location.origin);
  });
  doc.querySelectorAll<HTMLButtonElement>('button[data-copy-for]').forEach((button) => {
    button.addEventListener('click', async () => {
      const id = button.dataset.copyFor!;
      const code = doc.getElementById(id)!;
      const status = doc.querySelector<HTMLElement>(`[data-copy-status="${id}"]`);
      doc.getSelection()?.selectAllChildren(code);
      try {
        await navigator.clipboard.writeText(code.textContent!);
        if (status) status.textContent = 'Copied.';
      } catch {
        if (status) status.textContent = 'Selected: press Ctrl+C or ⌘C to copy.';
      }
    });
  });
}
