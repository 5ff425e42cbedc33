// A pool's description rendered as Markdown, as Octopus renders it, and safely: raw HTML in it is shown as
// text (never parsed), links may only be http(s) or mailto, and every element is a React element, so no
// description can run script or restyle the page.
import Markdown from 'markdown-to-jsx';
import Box from '@mui/material/Box';

const SAFE_LINK = /^(https?:|mailto:)/i;

export function PoolDescription({ text, inline }: { text: string; inline?: boolean }) {
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
