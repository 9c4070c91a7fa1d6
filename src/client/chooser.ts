/**
 * <x-chooser>: with JavaScript, all questions show at once and the result updates as soon as the
 * last one is answered. The result itself is the prerendered page for those answers, fetched and
 * swapped in, so there is one source of truth for it; the address bar follows, to share.
 */
class Chooser extends HTMLElement {
  private controller: AbortController | undefined;

  connectedCallback(): void {
    const full = this.querySelector<HTMLFormElement>('[data-chooser-full]');
    if (!full) return;
    this.querySelector<HTMLElement>('[data-chooser-step]')?.setAttribute('hidden', '');
    full.hidden = false;
    full.addEventListener('change', () => void this.update(full));
  }

  private segments(form: HTMLFormElement): string[] {
    const answers: string[] = [];
    for (const fieldset of form.querySelectorAll('fieldset')) {
      const checked = fieldset.querySelector<HTMLInputElement>('input:checked');
      if (!checked) break;
      answers.push(checked.value);
    }
    return answers;
  }

  private async update(form: HTMLFormElement): Promise<void> {
    const total = Number(this.dataset.total);
    const segments = this.segments(form);
    const result = this.querySelector<HTMLElement>('#chooser-result');
    if (!result) return;
    if (segments.length < total) {
      const missing = total - segments.length;
      result.hidden = false;
      result.innerHTML = `<p class="notice">Answer ${missing} more question${missing > 1 ? 's' : ''}, in order, to see your result.</p>`;
      return;
    }
    const url = `${this.dataset.base}${segments.join('/')}/`;
    this.controller?.abort();
    this.controller = new AbortController();
    try {
      const response = await fetch(url, { signal: this.controller.signal });
      if (!response.ok) throw new Error(String(response.status));
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = page.querySelector('#chooser-result');
      if (!fresh) throw new Error('no result on the page');
      result.replaceWith(document.importNode(fresh, true));
      history.replaceState(null, '', url);
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      location.assign(url);
    }
  }
}

customElements.define('x-chooser', Chooser);
