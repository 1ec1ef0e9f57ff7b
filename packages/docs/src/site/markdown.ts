/**
 * The inline Markdown of the spec's parameter descriptions, as DOM nodes (never as HTML text): `code`,
 * **strong**, *emphasis* and [links](url). Anything else stays plain text.
 */

const INLINE = /`([^`]+)`|\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Only web and page-relative links are made clickable. */
function safeHref(href: string): string | undefined {
  return /^(https?:\/\/|#|[a-z0-9._-]+\.html)/i.test(href) ? href : undefined;
}

export function inlineMarkdown(text: string): Node[] {
  const nodes: Node[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) nodes.push(document.createTextNode(text.slice(last, index)));
    const [whole, code, strong, em, linkText, href] = match;
    let node: Node;
    if (code !== undefined) {
      node = document.createElement('code');
      node.textContent = code;
    } else if (strong !== undefined) {
      node = document.createElement('strong');
      node.textContent = strong;
    } else if (em !== undefined) {
      node = document.createElement('em');
      node.textContent = em;
    } else {
      const safe = href === undefined ? undefined : safeHref(href);
      if (safe === undefined) {
        node = document.createTextNode(linkText ?? whole);
      } else {
        const link = document.createElement('a');
        link.href = safe;
        link.textContent = linkText ?? safe;
        if (/^https?:/i.test(safe)) link.rel = 'noopener';
        node = link;
      }
    }
    nodes.push(node);
    last = index + whole.length;
  }
  if (last < text.length) nodes.push(document.createTextNode(text.slice(last)));
  return nodes;
}
