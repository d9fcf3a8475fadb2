/**
 * Optional script for a host page that embeds oat-elements in iframes: resizes each iframe marked
 * `data-oat-embed` to the height its page reports. It only accepts messages from the iframe's own
 * window and origin, so other frames on the page cannot resize it.
 *
 *   <iframe src="https://example.org/oat/embed.html?area=E09000008" data-oat-embed title="…"></iframe>
 *   <script type="module" src="https://example.org/oat/oat-embed-host.js"></script>
 */
import { RESIZE_MESSAGE, type EmbedResizeMessage } from './embed-options.js';

function isResize(data: unknown): data is EmbedResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Partial<EmbedResizeMessage>;
  return message.type === RESIZE_MESSAGE && typeof message.height === 'number' && Number.isFinite(message.height) && message.height >= 0;
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (!isResize(event.data)) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-oat-embed]')) {
    if (frame.contentWindow !== event.source) continue;
    if (new URL(frame.src, location.href).origin !== event.origin) return;
    frame.style.height = `${Math.min(Math.ceil(event.data.height), 20000)}px`;
    return;
  }
});
