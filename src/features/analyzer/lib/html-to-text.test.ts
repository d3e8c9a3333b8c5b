import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text';

describe('htmlToText', () => {
  it('keeps the text and puts block elements on their own lines', () => {
    expect(
      htmlToText(
        '<p>Delivery has failed.</p><div>Generating server: <b>EX01</b></div>line<br>break',
      ),
    ).toBe('Delivery has failed.\n\nGenerating server: EX01\nline\nbreak');
  });

  it('drops script, style and head blocks with their content', () => {
    expect(
      htmlToText(
        '<head><title>t</title><style>p{}</style></head><body><SCRIPT type="x">alert(1)</SCRIPT>ok</body>',
      ),
    ).toBe('ok');
  });

  it('drops an unclosed script and everything after it', () => {
    expect(htmlToText('before<script>alert(1) and more')).toBe('before');
  });

  it('decodes entities, numeric and named', () => {
    expect(
      htmlToText('550 5.7.1 &lt;x&gt; &amp; &#39;y&#39; &#x27;z&#x27; &nbsp;&copy; &bogus;'),
    ).toBe("550 5.7.1 <x> & 'y' 'z' © &bogus;");
  });

  it('leaves a lone "<" that opens no tag as text', () => {
    expect(htmlToText('a < b and 3<4 <b>bold</b>')).toBe('a < b and 3<4 bold');
  });

  it('keeps text after a "<" that is never closed', () => {
    expect(htmlToText('Status <b>5.7.1</b> then <unclosed tag and 5.7.133')).toBe(
      'Status 5.7.1 then <unclosed tag and 5.7.133',
    );
  });

  it('separates table cells', () => {
    expect(htmlToText('<table><tr><td>Status code:</td><td>550 5.7.133</td></tr></table>')).toBe(
      'Status code: 550 5.7.133',
    );
  });
});
