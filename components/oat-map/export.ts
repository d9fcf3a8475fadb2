/**
 * Saving the opportunity map for slides, entirely in the browser: the picture as a stand-alone SVG
 * file (every style written onto the elements, so no stylesheet is needed) or as a PNG drawn at twice
 * the size on a white background – shape by shape on a canvas, so no image is loaded and a strict
 * Content-Security-Policy needs nothing allowed.
 */
import { fileSlug } from '../../src/format/file-name.js';
import { saveBlob } from '../shared/save-file.js';
import { svgPngBlob } from '../shared/svg-canvas.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Styles written onto each drawn element as presentation attributes, with the values that need not be written. */
const SHAPE_PROPERTIES: Record<string, string[]> = {
  fill: [],
  'fill-opacity': ['1'],
  stroke: [],
  'stroke-width': ['1px', '1'],
  'stroke-opacity': ['1'],
  'stroke-dasharray': ['none'],
  'stroke-linecap': ['butt'],
  'stroke-linejoin': ['miter'],
  opacity: ['1'],
  'paint-order': ['normal'],
};
const TEXT_PROPERTIES: Record<string, string[]> = {
  'font-family': [],
  'font-size': [],
  'font-weight': ['400', 'normal'],
  'font-style': ['normal'],
  'text-anchor': ['start'],
};
const DRAWN = new Set(['path', 'rect', 'circle', 'line', 'polyline', 'polygon', 'ellipse', 'text']);
const TEXTUAL = new Set(['text']);

const clamp255 = (n: number) => Math.round(Math.min(255, Math.max(0, n)));

/**
 * A computed colour in a form every SVG reader understands: `rgb(r, g, b)` and a separate opacity.
 * Browsers report `color-mix()` results as `color(srgb …)`, which many drawing programs cannot read.
 */
export function plainColour(value: string): { colour: string; opacity: number } {
  const trimmed = value.trim();
  const srgb = /^color\(srgb\s+([\d.e+-]+)\s+([\d.e+-]+)\s+([\d.e+-]+)(?:\s*\/\s*([\d.e+-]+%?))?\s*\)$/i.exec(trimmed);
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(trimmed);
  const alpha = (text: string | undefined) => (text === undefined ? 1 : text.endsWith('%') ? Number.parseFloat(text) / 100 : Number(text));
  if (srgb) {
    const [r, g, b] = [srgb[1], srgb[2], srgb[3]].map((channel) => clamp255(Number(channel) * 255));
    return { colour: `rgb(${r}, ${g}, ${b})`, opacity: alpha(srgb[4]) };
  }
  if (rgb) {
    const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map((channel) => clamp255(Number(channel)));
    return { colour: `rgb(${r}, ${g}, ${b})`, opacity: alpha(rgb[4]) };
  }
  return { colour: trimmed.replace(/^url\("?(#[^")]+)"?\)$/, 'url($1)'), opacity: 1 };
}

function writeStyles(original: Element, copy: Element): void {
  const name = original.localName;
  if (!DRAWN.has(name)) return;
  const computed = getComputedStyle(original);
  const write = (properties: Record<string, string[]>) => {
    for (const [property, defaults] of Object.entries(properties)) {
      const value = computed.getPropertyValue(property).trim();
      if (!value || defaults.includes(value)) continue;
      if (property === 'fill' || property === 'stroke') {
        const { colour, opacity } = plainColour(value);
        copy.setAttribute(property, colour);
        if (opacity < 1) copy.setAttribute(`${property}-opacity`, String(Math.round(opacity * 1000) / 1000));
        else copy.removeAttribute(`${property}-opacity`);
      } else if (!(property.endsWith('-opacity') && copy.hasAttribute(property))) {
        copy.setAttribute(property, value);
      }
    }
  };
  write(SHAPE_PROPERTIES);
  if (TEXTUAL.has(name)) write(TEXT_PROPERTIES);
}

/** Removes what only makes sense on the page: script hooks, accessibility roles for the live widget, comments. */
function tidy(node: Element): void {
  for (const attribute of [...node.attributes]) {
    const name = attribute.name;
    if (name === 'tabindex' || name === 'role' || name === 'class' || name === 'part' || name.startsWith('aria-') || name.startsWith('data-')) {
      node.removeAttribute(name);
    }
  }
}

/**
 * A copy of the rendered map that stands alone: every style written onto its elements as presentation
 * attributes, a white background, the title as the file's `<title>`, each segment's name (figures and
 * verdict) as its own `<title>`, and nothing interactive.
 */
export function standaloneSvg(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const drop: Element[] = [];
  originals.forEach((original, i) => {
    const twin = copies[i];
    if (!twin) return;
    const hidden =
      getComputedStyle(original).display === 'none' || original.classList.contains('focus-ring') || original.classList.contains('focus-ring-inner');
    if (hidden) drop.push(twin);
    else writeStyles(original, twin);
    if (twin.classList.contains('backdrop')) twin.setAttribute('fill', '#ffffff');
  });
  for (const element of drop) element.remove();
  // Each segment keeps its name – figure, England's and the verdict – as a tooltip in the saved file.
  for (const segment of copy.querySelectorAll('.segment[aria-label]')) {
    const title = document.createElementNS(SVG_NS, 'title');
    title.textContent = segment.getAttribute('aria-label');
    segment.insertBefore(title, segment.firstChild);
  }
  for (const element of [copy, ...copy.querySelectorAll('*')]) tidy(element);
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);

  const box = svg.viewBox.baseVal;
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(box.width));
  copy.setAttribute('height', String(box.height));
  copy.setAttribute('font-family', getComputedStyle(svg).fontFamily);
  // A wrapped title is several <tspan> lines: join them with spaces, not end to end.
  const titleText = svg.querySelector('.title-text');
  const lines = titleText ? [...titleText.querySelectorAll('tspan')].map((line) => line.textContent ?? '') : [];
  const heading = (lines.length ? lines.join(' ') : (titleText?.textContent ?? '')).replace(/\s+/g, ' ').trim();
  if (heading) {
    const title = document.createElementNS(SVG_NS, 'title');
    title.textContent = heading;
    copy.insertBefore(title, copy.firstChild);
  }
  return copy;
}

/** The map as the text of an SVG file. */
export function mapSvgText(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(standaloneSvg(svg))}\n`;
}

/** The map as an SVG file. */
export function mapSvgBlob(svg: SVGSVGElement): Blob {
  return new Blob([mapSvgText(svg)], { type: 'image/svg+xml' });
}

/**
 * The map as a PNG file, `scale` times the picture's size (twice by default), on a white background.
 * It is drawn shape by shape on a canvas rather than loaded as an image, so it works under a strict
 * Content-Security-Policy. `svg` must be on the page.
 */
export async function mapPngBlob(svg: SVGSVGElement, options: { scale?: number } = {}): Promise<Blob> {
  return svgPngBlob(svg, options.scale ?? 2);
}

/** A file name for the map of an area, e.g. "opportunity-map-croydon.png". */
export function mapFileName(areaName: string, extension: 'svg' | 'png'): string {
  return `opportunity-map-${fileSlug(areaName)}.${extension}`;
}

export { saveBlob };
