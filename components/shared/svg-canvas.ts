/**
 * Draws an SVG picture that is on the page onto a canvas, shape by shape, from each element's geometry
 * and computed style: paths with Path2D, text with fillText, pattern fills as canvas patterns. Nothing
 * is loaded as an image, so it works under a strict Content-Security-Policy that forbids `blob:` and
 * `data:` images. It draws what the library's charts use: paths, rectangles, circles, ellipses, lines,
 * polylines, polygons, text and tspans, nested `<svg>`, group opacity and `paint-order`; markers,
 * masks, clip paths, filters and gradients are not drawn.
 */

type Context = CanvasRenderingContext2D;

const SKIPPED = new Set(['defs', 'pattern', 'title', 'desc', 'clipPath', 'mask', 'marker', 'style', 'script', 'linearGradient', 'radialGradient', 'filter']);
const GROUPS = new Set(['svg', 'g', 'a', 'switch']);

/** A rendered SVG element's transform into the root picture's own units (its viewBox). */
function toRoot(element: SVGGraphicsElement, rootInverse: DOMMatrix): DOMMatrix {
  const screen = element.getScreenCTM();
  return screen ? rootInverse.multiply(DOMMatrix.fromMatrix(screen)) : rootInverse;
}

/** The outline of a basic shape as a Path2D, in the element's own units; undefined for other elements. */
function outline(element: SVGElement): Path2D | undefined {
  const path = new Path2D();
  const length = (value: SVGAnimatedLength) => value.baseVal.value;
  if (element instanceof SVGPathElement) return new Path2D(element.getAttribute('d') ?? '');
  if (element instanceof SVGRectElement) {
    const [x, y, width, height] = [length(element.x), length(element.y), length(element.width), length(element.height)];
    const rx = length(element.rx) || length(element.ry);
    if (rx) path.roundRect(x, y, width, height, Math.min(rx, width / 2, height / 2));
    else path.rect(x, y, width, height);
    return path;
  }
  if (element instanceof SVGCircleElement) {
    path.arc(length(element.cx), length(element.cy), length(element.r), 0, Math.PI * 2);
    return path;
  }
  if (element instanceof SVGEllipseElement) {
    path.ellipse(length(element.cx), length(element.cy), length(element.rx), length(element.ry), 0, 0, Math.PI * 2);
    return path;
  }
  if (element instanceof SVGLineElement) {
    path.moveTo(length(element.x1), length(element.y1));
    path.lineTo(length(element.x2), length(element.y2));
    return path;
  }
  if (element instanceof SVGPolylineElement || element instanceof SVGPolygonElement) {
    const points = [...element.points];
    points.forEach((point, i) => (i ? path.lineTo(point.x, point.y) : path.moveTo(point.x, point.y)));
    if (element instanceof SVGPolygonElement) path.closePath();
    return path;
  }
  return undefined;
}

/** Sets the stroke of the context from a computed style; false when there is none. */
function setStroke(context: Context, style: CSSStyleDeclaration, paint: string | CanvasPattern | undefined): boolean {
  const width = Number.parseFloat(style.strokeWidth);
  if (!paint || !(width > 0)) return false;
  context.strokeStyle = paint;
  context.lineWidth = width;
  context.lineCap = (style.strokeLinecap as CanvasLineCap) || 'butt';
  context.lineJoin = (style.strokeLinejoin as CanvasLineJoin) || 'miter';
  const dashes =
    style.strokeDasharray === 'none'
      ? []
      : style.strokeDasharray
          .split(/[\s,]+/)
          .map((part) => Number.parseFloat(part))
          .filter((n) => Number.isFinite(n));
  context.setLineDash(dashes);
  return true;
}

/** Draws one picture on a canvas. */
class Painter {
  private readonly rootInverse: DOMMatrix;
  /** From the root's own units to canvas pixels. */
  private readonly origin: DOMMatrix;
  private readonly patterns = new Map<string, CanvasPattern | undefined>();

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly context: Context,
    scale: number,
    at: DOMMatrix,
  ) {
    // The root's screen transform maps its own units (its viewBox) to the page; undoing it gives those units.
    const root = svg.getScreenCTM();
    this.rootInverse = root ? DOMMatrix.fromMatrix(root).inverse() : new DOMMatrix();
    const box = svg.viewBox.baseVal;
    this.origin = at.scale(scale).translate(box?.width ? -box.x : 0, box?.width ? -box.y : 0);
    this.scale = at.a * scale;
  }

  /** Canvas pixels to each unit of the picture, for drawing pattern tiles sharply. */
  private readonly scale: number;

  draw(): void {
    this.children(this.svg, 1);
  }

  private children(parent: Element, opacity: number): void {
    for (const child of parent.children) if (child instanceof SVGElement) this.element(child, opacity);
  }

  private element(element: SVGElement, inherited: number): void {
    const name = element.localName;
    if (SKIPPED.has(name)) return;
    const style = getComputedStyle(element);
    if (style.display === 'none') return;
    const opacity = inherited * Number.parseFloat(style.opacity || '1');
    if (opacity <= 0) return;
    if (GROUPS.has(name)) {
      this.children(element, opacity);
      return;
    }
    if (style.visibility === 'hidden' || !(element instanceof SVGGraphicsElement)) return;
    const context = this.context;
    context.save();
    context.setTransform(this.origin.multiply(toRoot(element, this.rootInverse)));
    context.globalAlpha = opacity;
    if (element instanceof SVGTextElement) this.text(element, style);
    else this.shape(element, style);
    context.restore();
  }

  /** A paint from a computed `fill` or `stroke`: a colour, a pattern, or nothing. */
  private paint(value: string): string | CanvasPattern | undefined {
    if (!value || value === 'none') return undefined;
    const reference = /^url\(["']?#([^"')]+)["']?\)/.exec(value);
    if (reference?.[1]) return this.pattern(reference[1]);
    return value;
  }

  private shape(element: SVGElement, style: CSSStyleDeclaration): void {
    const path = outline(element);
    if (!path) return;
    const fill = this.paint(style.fill);
    const stroke = this.paint(style.stroke);
    const context = this.context;
    const fillIt = () => {
      if (!fill) return;
      context.globalAlpha *= Number.parseFloat(style.fillOpacity || '1');
      context.fillStyle = fill;
      context.fill(path, style.fillRule === 'evenodd' ? 'evenodd' : 'nonzero');
    };
    const strokeIt = () => {
      if (!setStroke(context, style, stroke)) return;
      context.save();
      context.globalAlpha *= Number.parseFloat(style.strokeOpacity || '1');
      context.stroke(path);
      context.restore();
    };
    if (style.paintOrder.startsWith('stroke')) {
      strokeIt();
      fillIt();
    } else {
      context.save();
      fillIt();
      context.restore();
      strokeIt();
    }
  }

  /** Each line of a text element, placed where the browser placed it. */
  private text(element: SVGTextElement, style: CSSStyleDeclaration): void {
    const context = this.context;
    const lines = element.querySelectorAll('tspan').length ? [...element.querySelectorAll('tspan')] : [element];
    for (const line of lines) {
      const content = line.textContent ?? '';
      if (!content.trim() || line.getNumberOfChars() === 0) continue;
      const lineStyle = line === element ? style : getComputedStyle(line);
      const start = line.getStartPositionOfChar(0);
      context.font = `${lineStyle.fontStyle} ${lineStyle.fontWeight} ${lineStyle.fontSize} ${lineStyle.fontFamily}`;
      context.textAlign = 'left';
      context.textBaseline = 'alphabetic';
      const fill = this.paint(lineStyle.fill);
      const stroke = this.paint(lineStyle.stroke);
      const fillIt = () => {
        if (!fill) return;
        context.fillStyle = fill;
        context.fillText(content, start.x, start.y);
      };
      const strokeIt = () => {
        if (setStroke(context, lineStyle, stroke)) context.strokeText(content, start.x, start.y);
      };
      if (lineStyle.paintOrder.startsWith('stroke')) {
        strokeIt();
        fillIt();
      } else {
        fillIt();
        strokeIt();
      }
    }
  }

  /** A pattern fill (`patternUnits="userSpaceOnUse"`, as the charts draw them) as a canvas pattern. */
  private pattern(id: string): CanvasPattern | undefined {
    if (this.patterns.has(id)) return this.patterns.get(id);
    const element = this.svg.querySelector(`pattern#${CSS.escape(id)}`);
    let made: CanvasPattern | undefined;
    if (element instanceof SVGPatternElement) {
      const [width, height] = [element.width.baseVal.value, element.height.baseVal.value];
      const tile = document.createElement('canvas');
      tile.width = Math.max(1, Math.round(width * this.scale));
      tile.height = Math.max(1, Math.round(height * this.scale));
      const tileContext = tile.getContext('2d');
      if (tileContext && width > 0 && height > 0) {
        tileContext.scale(tile.width / width, tile.height / height);
        for (const child of element.children) {
          if (!(child instanceof SVGElement)) continue;
          const style = getComputedStyle(child);
          const path = outline(child);
          if (!path) continue;
          const fill = style.fill && style.fill !== 'none' && !style.fill.startsWith('url') ? style.fill : undefined;
          if (fill) {
            tileContext.fillStyle = fill;
            tileContext.fill(path);
          }
          const stroke = style.stroke && style.stroke !== 'none' && !style.stroke.startsWith('url') ? style.stroke : undefined;
          if (setStroke(tileContext, style, stroke)) tileContext.stroke(path);
        }
        made = this.context.createPattern(tile, 'repeat') ?? undefined;
        const transform = element.patternTransform.baseVal.consolidate()?.matrix;
        const base = new DOMMatrix().scale(width / tile.width, height / tile.height);
        made?.setTransform(transform ? DOMMatrix.fromMatrix(transform).multiply(base) : base);
      }
    }
    this.patterns.set(id, made);
    return made;
  }
}

/**
 * Draws `svg` – which must be on the page, so that its layout and styles are known – onto `context`,
 * `scale` canvas pixels to each unit of its viewBox (or CSS pixel, without one), its top left corner
 * placed by `at` (the canvas's own origin by default).
 */
export function drawSvg(svg: SVGSVGElement, context: CanvasRenderingContext2D, scale = 1, at: DOMMatrix = new DOMMatrix()): void {
  new Painter(svg, context, scale, at).draw();
}

/** The picture's size in its own units: its viewBox, or its size on the page. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal;
  if (box && box.width && box.height) return { width: box.width, height: box.height };
  const rect = svg.getBoundingClientRect();
  return { width: rect.width, height: rect.height };
}

/** The picture as a PNG, `scale` times its size, on a white background; drawn without loading any image. */
export async function svgPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the picture as a PNG. Download the SVG instead.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  drawSvg(svg, context, scale);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made. Download the SVG instead.'))), 'image/png'),
  );
}
