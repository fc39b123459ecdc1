// What the letter editor produces: text formatting, lists, headings. Nothing else prints.
const ALLOWED = new Set(['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'blockquote', 'code', 'pre', 'hr', 'span']);
// Elements dropped with everything inside them.
const DROPPED = /<(script|style|iframe|object|embed|template|svg|math|noscript|textarea|select)\b[\s\S]*?<\/\1\s*>/gi;

/**
 * A letter body reduced to the editor's own formatting: other elements and every attribute
 * are removed, so a template can neither run code nor load anything when it is printed.
 * @example cleanTemplateHtml('<p onclick="x()">Hi <img src="http://t/x.gif"></p>') // '<p>Hi </p>'
 */
export function cleanTemplateHtml(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(DROPPED, '')
    .replace(/<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>/g, (tag, name: string) => {
      const lower = name.toLowerCase();
      if (!ALLOWED.has(lower)) return '';
      return tag.startsWith('</') ? `</${lower}>` : `<${lower}>`;
    });
}
