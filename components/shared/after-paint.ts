/** How long to wait for a frame before going on regardless: a hidden tab paints no frames at all. */
const FRAME_WAIT_MS = 100;

/**
 * Resolves once the browser has painted the next frame: a task posted from a requestAnimationFrame
 * callback runs after that frame's style, layout and paint. In a hidden tab, where no frame is painted,
 * it resolves after a short wait instead.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, FRAME_WAIT_MS);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        clearTimeout(timer);
        resolve();
      };
      channel.port2.postMessage(undefined);
    });
  });
}
