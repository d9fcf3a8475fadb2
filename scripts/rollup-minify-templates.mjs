/**
 * A rollup plugin that takes the indentation out of Lit's `html`, `svg` and `css` templates in the
 * one-file bundle: terser cannot, because to it they are strings. In html and svg, a run of white space
 * that contains a line break becomes a single space (which renders the same); in css, comments go and
 * spaces around punctuation are dropped. Only the literal parts change, never the `${…}` expressions.
 */
const TAGS = new Set(['html', 'svg', 'css']);

/** A quoted CSS string (`content: 'Team note: '`), which is kept exactly as written. */
const CSS_STRING = /("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')/;

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(CSS_STRING)
    .map((part, index) =>
      index % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/([^\s(]):\s+/g, '$1:')
            .replace(/;}/g, '}'),
    )
    .join('');
}

function minifyMarkup(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Every node of an ESTree program, depth first. */
function* nodes(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent') continue;
    if (Array.isArray(value)) for (const child of value) yield* nodes(child);
    else if (value && typeof value === 'object' && typeof value.type === 'string') yield* nodes(value);
  }
}

export function minifyTemplates({ include = /\/(components|src|embed)\/.*\.ts$/ } = {}) {
  return {
    name: 'oat-minify-templates',
    transform(code, id) {
      if (!include.test(id.replaceAll('\\', '/'))) return null;
      // TypeScript writes a space between the tag and the template (`css \`…\``).
      if (!/\b(html|svg|css)\s*`/.test(code)) return null;
      const edits = [];
      for (const node of nodes(this.parse(code))) {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) continue;
        const minify = node.tag.name === 'css' ? minifyCss : minifyMarkup;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const smaller = minify(raw);
          if (smaller !== raw) edits.push([quasi.start, quasi.end, smaller]);
        }
      }
      if (!edits.length) return null;
      edits.sort((a, b) => b[0] - a[0]);
      let out = code;
      for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
