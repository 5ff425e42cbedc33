// A pool's description rendered as Markdown, as Octopus renders it, and safely: raw HTML in it is shown as
// text (never parsed), links may only be http(s) or mailto, and every element is a React element, so no
// description can run script or restyle the page.
import Markdown from 'markdown-to-jsx';
import Box from '@mui/material/Box';

const SAFE_LINK = /^(https?:|mailto:)/i;

/**
 * Text Markdown would leave as it is: no character that starts emphasis, code, a link, an autolink, HTML, an
 * entity, a table or a line break, and no list marker in front. Most descriptions are one plain sentence; a
 * list draws one per row (25 a page on `large`), and each needs no parser and no styled wrapper.
 */
export function isPlainText(text: string): boolean {
  return !/[\\`*_[\]#<>|~!&@\n\r=]|:\/\/|www\./i.test(text) && !/^\s*([-+]|\d+[.)])(\s|$)/.test(text) && text.trim() === text;
}

export function PoolDescription({ text, inline }: { text: string; inline?: boolean }) {
  // What Markdown makes of plain text inline: the text in its wrapper (the test compares the two).
  if (inline && isPlainText(text)) return <span>{text}</span>;
  return (
    <Box
      component={inline ? 'span' : 'div'}
      sx={{ '& p': { m: 0 }, '& p + p, & ul, & ol': { mt: 0.5, mb: 0 }, '& ul, & ol': { pl: 2.5 }, '& code': { fontFamily: 'monospace' } }}
    >
      <Markdown
        options={{
          disableParsingRawHTML: true,
          forceWrapper: true,
          wrapper: inline ? 'span' : 'div',
          // Images would load from anywhere; headings would break the page outline: both read as text.
          overrides: {
            img: { component: ({ alt }: { alt?: string }) => <>{alt ?? ''}</> },
            // Inside a table cell's line the paragraphs flow as lines of text.
            ...(inline ? { p: { component: 'span', props: { style: { display: 'block' } } } } : {}),
            h1: 'strong', h2: 'strong', h3: 'strong', h4: 'strong', h5: 'strong', h6: 'strong',
            a: {
              component: ({ href, children }: { href?: string; children?: React.ReactNode }) =>
                href && SAFE_LINK.test(href) ? <a href={href} target="_blank" rel="noopener noreferrer">{children}</a> : <>{children}</>,
            },
          },
        }}
      >
        {text}
      </Markdown>
    </Box>
  );
}
