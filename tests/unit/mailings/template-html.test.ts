import { describe, expect, it } from 'vitest';
import { cleanTemplateHtml } from '../../../src/main/core/mailings/template-html';

describe('a saved letter template', () => {
  it('keeps the editor’s formatting and merge fields', () => {
    const html = '<p>{{salutation}}</p><p><strong>Bold</strong> <em>it</em> <u>u</u></p><ul><li>One</li></ul>';
    expect(cleanTemplateHtml(html)).toBe(html);
  });

  it('cannot run code or load anything when printed', () => {
    const html = '<p onclick="steal()">Hi <img src="http://tracker.example/x.gif"><script>alert(1)</script><a href="javascript:x()">link</a></p><style>p{}</style>';
    expect(cleanTemplateHtml(html)).toBe('<p>Hi link</p>');
  });
});
