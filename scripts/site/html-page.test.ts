import { describe, expect, it } from 'vitest';
import { pageHtml, redirectHtml, stylesheetTag } from './html-page.ts';

const template = `<!doctype html>
<html lang="en">
  <head>
    <meta name="description" content="Site description" />
    <title>Bounce-fix wizard</title>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

describe('page html', () => {
  it('fills in the title, the description, the head tags and the stamped root', () => {
    const html = pageHtml(template, {
      body: '<h1>Hello</h1>',
      title: 'A & B · Bounce-fix wizard',
      description: 'Say "hi" <now>',
      appPath: '/admin/x',
      lazyChunks: ['/assets/body.js', '/assets/builder.js'],
      head: [stylesheetTag('/assets/x.css')],
    });
    expect(html).toContain('<title>A &amp; B · Bounce-fix wizard</title>');
    expect(html).toContain('<meta name="description" content="Say &quot;hi&quot; &lt;now&gt;" />');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/x.css" />\n  </head>');
    expect(html).toContain(
      '<div id="root" data-page="/admin/x" data-chunks="/assets/body.js /assets/builder.js"><h1>Hello</h1></div>',
    );
  });

  it('leaves the root unstamped when the page stands for any address', () => {
    const html = pageHtml(template, { body: '<p>x</p>', title: 't', description: 'd' });
    expect(html).toContain('<div id="root"><p>x</p></div>');
  });

  it('refuses a template it cannot fill', () => {
    expect(() =>
      pageHtml(template.replace('<div id="root"></div>', ''), {
        body: '',
        title: 't',
        description: 'd',
      }),
    ).toThrow('index.html has no empty <div id="root"></div>');
  });

  it('keeps "$" sequences in the rendered page as they are', () => {
    const html = pageHtml(template, {
      body: "<code>$false $& $'</code>",
      title: 't',
      description: 'd',
    });
    expect(html).toContain("<code>$false $& $'</code>");
  });

  it('writes a redirect page that needs no script', () => {
    const html = redirectHtml('/new/path', 'Moved · Bounce-fix wizard');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/new/path" />');
    expect(html).toContain('<a href="/new/path">');
    expect(html).not.toContain('<script');
  });
});
