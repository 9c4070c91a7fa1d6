import { describe, expect, it } from 'vitest';
import { renderInline, safeHref } from '../../src/lib/content/inline-markdown.ts';

describe('rendering passage text', () => {
  it('renders emphasis, strong, code and web links', () => {
    expect(renderInline('A *quick* **bold** `x < y` [site](https://example.com/a?b=1&c=2).')).toBe(
      'A <em>quick</em> <strong>bold</strong> <code>x &lt; y</code> <a href="https://example.com/a?b=1&amp;c=2" rel="nofollow noopener">site</a>.',
    );
  });

  it('shows raw HTML and script tags as text', () => {
    const html = renderInline('<script>alert(1)</script><img src=x onerror=alert(2)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('turns javascript:, data: and protocol-relative links into text', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', '//evil.example']) {
      const html = renderInline(`[click](${href})`);
      expect(html).not.toContain('<a');
      expect(html).toContain('[click]');
      expect(safeHref(href)).toBeUndefined();
    }
  });

  it('leaves MDX-like braces as plain text', () => {
    expect(renderInline('{alert(1)} and {#marker}')).toBe('{alert(1)} and {#marker}');
  });

  it('turns backslash escapes into the literal character', () => {
    expect(renderInline('\\*not emphasis\\* and \\{#kept}')).toBe('*not emphasis* and {#kept}');
  });

  it('escapes quotes so text can never break out of an attribute', () => {
    expect(renderInline(`"quoted" 'single'`)).toBe('&quot;quoted&quot; &#39;single&#39;');
  });
});

describe('rendering images and titled links in passages', () => {
  it('turns an image into a link to it, so no third-party image is ever loaded', () => {
    expect(renderInline('See ![the chart](https://example.com/c.png).')).toBe(
      'See <a href="https://example.com/c.png" rel="nofollow noopener">Image: the chart</a>.',
    );
  });

  it('accepts a link with a title', () => {
    expect(renderInline('[site](https://example.com "Home")')).toBe(
      '<a href="https://example.com" rel="nofollow noopener">site</a>',
    );
  });
});
