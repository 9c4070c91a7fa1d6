/**
 * <x-chooser>: with JavaScript, all questions show at once (on a result page, behind "Change
 * your answers") and the result updates as soon as every question is answered. The result is the
 * prerendered page for those answers, fetched and swapped in, so there is one source of truth
 * for it; the address bar follows, to share.
 */
class Chooser extends HTMLElement {
  private controller: AbortController | undefined;

  connectedCallback(): void {
    const full = this.querySelector<HTMLFormElement>('[data-chooser-full]');
    if (!full) return;
    this.querySelector<HTMLElement>('[data-chooser-step]')?.setAttribute('hidden', '');
    this.querySelector<HTMLElement>('[data-chooser-change]')?.removeAttribute('hidden');
    full.hidden = false;
    full.addEventListener('change', () => void this.update(full));
  }

  /** The chosen answers in question order, and the questions still open (their fieldsets). */
  private read(form: HTMLFormElement): { segments: string[]; missing: HTMLFieldSetElement[] } {
    const segments: string[] = [];
    const missing: HTMLFieldSetElement[] = [];
    for (const fieldset of form.querySelectorAll('fieldset')) {
      const checked = fieldset.querySelector<HTMLInputElement>('input:checked');
      if (checked) segments.push(checked.value);
      else missing.push(fieldset);
    }
    return { segments, missing };
  }

  /** "Answer question 3 (How do …?) to see your result", with links to the open questions. */
  private showMissing(result: HTMLElement, missing: HTMLFieldSetElement[]): void {
    const notice = document.createElement('p');
    notice.className = 'notice';
    notice.append(
      missing.length === 1 ? 'To see your result, answer question ' : 'To see your result, answer questions ',
    );
    missing.forEach((fieldset, index) => {
      if (index > 0) notice.append(index === missing.length - 1 ? ' and ' : ', ');
      const link = document.createElement('a');
      link.href = `#${fieldset.id}`;
      link.textContent = fieldset.id.replace(/\D+/g, '');
      link.title = fieldset.querySelector('legend')?.textContent?.replace(/^\d+\.\s*/, '') ?? '';
      notice.append(link);
    });
    notice.append('.');
    result.hidden = false;
    result.replaceChildren(notice);
  }

  private async update(form: HTMLFormElement): Promise<void> {
    const { segments, missing } = this.read(form);
    const result = this.querySelector<HTMLElement>('#chooser-result');
    if (!result) return;
    if (missing.length > 0) {
      this.showMissing(result, missing);
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
      // The list of answers, where the page has one, follows the new result.
      const answers = this.querySelector('.chooser-answers');
      const freshAnswers = page.querySelector('.chooser-answers');
      if (answers && freshAnswers) answers.replaceWith(document.importNode(freshAnswers, true));
      history.replaceState(null, '', url);
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      location.assign(url);
    }
  }
}

customElements.define('x-chooser', Chooser);
