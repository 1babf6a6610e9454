// Export: the story JSON saved through a Blob URL (nothing leaves the
// page), and the two embed snippets of a chart in read-only boxes with copy
// buttons, as the widget's "Embed this" panel shows them.
import { h, sr, uid } from './editor-dom.js';
import { snippets } from './editor-story.js';
import { t } from './editor-i18n.js';

/** A file name for the story of an article published on `date`. */
export const defaultFileName = (date) => `newsfig-story-${date || 'draft'}.json`;

/** Saves `story` as `name` (pretty JSON, UTF-8). */
export function download(story, name) {
  const blob = new Blob([`${JSON.stringify(story, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  // After the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Fills `box` with the snippets for `options` (see `snippets`); `say(key,
 * …args)` announces a copy in the page's status line.
 */
export function showSnippets(box, options, say) {
  if (!options) {
    box.replaceChildren(h('p', { class: 'ed-help' }, t('embed.none')));
    return;
  }
  const texts = snippets(options);
  box.replaceChildren(...texts.map((text, i) => {
    const id = uid('snippet');
    const area = h('textarea', { id, readonly: true, rows: 4, spellcheck: 'false', 'data-snippet': i === 0 ? 'script' : 'iframe' });
    area.value = text;
    const copy = h('button', { type: 'button', class: 'ed-small' }, t('embed.copy'), sr(t('embed.copy.which', i === 0)));
    copy.addEventListener('click', async () => {
      area.focus();
      area.select();
      try {
        await navigator.clipboard.writeText(text);
        say('embed.copied', i === 0);
      } catch {
        say('embed.select');
      }
    });
    return h('div', { class: 'ed-snippet' }, h('label', { for: id }, t(i === 0 ? 'embed.script' : 'embed.iframe')), area, copy);
  }));
}
