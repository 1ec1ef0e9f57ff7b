/**
 * Redoc shows JSON examples through JavaScript numbers, so an id above 2^53 (`1352286576452864727`) would appear
 * rounded (`1352286576452864800`). The build lists every such integer of the page's spec in
 * `<script type="application/json" id="mk-exact-ints">` as `{ rounded: exact }`; this script puts the exact
 * digits back wherever Redoc renders a rounded one, and in what its copy buttons put on the clipboard.
 */
const source = document.getElementById('mk-exact-ints')?.textContent;
const exact: Readonly<Record<string, string>> = source ? (JSON.parse(source) as Record<string, string>) : {};
const rounded = Object.keys(exact);

if (rounded.length > 0) {
  const pattern = new RegExp(`(?<![\\d.])(?:${rounded.join('|')})(?![\\d.])`, 'g');
  const fix = (text: string): string => text.replace(pattern, (match) => exact[match] ?? match);

  const fixNode = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.nodeValue ?? '';
      pattern.lastIndex = 0;
      if (pattern.test(text)) node.nodeValue = fix(text);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE || (node as Element).tagName === 'SCRIPT') return;
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (text.parentElement?.tagName !== 'SCRIPT') fixNode(text);
    }
  };

  let pending: Node[] = [];
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    const nodes = pending;
    pending = [];
    for (const node of nodes) if (node.isConnected) fixNode(node);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') pending.push(record.target);
      record.addedNodes.forEach((node) => pending.push(node));
    }
    if (!scheduled && pending.length > 0) {
      scheduled = true;
      // After React has finished the current render (and hydration), never during it.
      setTimeout(flush, 0);
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });

  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (clipboard && typeof clipboard.writeText === 'function') {
    const writeText = clipboard.writeText.bind(clipboard);
    clipboard.writeText = (text: string) => writeText(fix(text));
  }
}
