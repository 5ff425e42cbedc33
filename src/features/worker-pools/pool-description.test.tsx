import { render } from '@testing-library/react';
import Markdown from 'markdown-to-jsx';
import { isPlainText, PoolDescription } from './pool-description';

describe('PoolDescription: Markdown, as Octopus renders it, and safely', () => {
  it('renders emphasis, code, lists and http links', () => {
    const { container, getByRole } = render(
      <PoolDescription text={'**Ubuntu 22.04** builders with `docker`.\n\n- amd64\n- arm64\n\nSee [the runbook](https://wiki.example.com/pools).'} />,
    );
    expect(container.querySelector('strong')?.textContent).toBe('Ubuntu 22.04');
    expect(container.querySelector('code')?.textContent).toBe('docker');
    expect(container.querySelectorAll('li')).toHaveLength(2);
    const link = getByRole('link', { name: 'the runbook' });
    expect(link).toHaveAttribute('href', 'https://wiki.example.com/pools');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('never parses raw HTML, scripts, javascript: links or images', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script> [click](javascript:alert(3)) ![x](https://evil.example/t.png) <b>bold</b>';
    const { container } = render(<PoolDescription text={hostile} />);
    expect(container.querySelector('img, script, b, [onerror]')).toBeNull();
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toContain('click');
  });

  it('inline, inside a table cell, paragraphs are lines of text, not block paragraphs', () => {
    const { container } = render(<PoolDescription text={'one\n\ntwo'} inline />);
    expect(container.querySelector('p, div')).toBeNull();
    expect(container.textContent).toBe('onetwo');
  });
});

describe('isPlainText: text Markdown leaves as it is, drawn without parsing it', () => {
  const markdownOf = (text: string) =>
    render(<Markdown options={{ disableParsingRawHTML: true, forceWrapper: true, wrapper: 'span' }}>{text}</Markdown>).container
      .innerHTML;

  it.each([
    'Steps that name no pool run here.',
    'Ubuntu workers with Bash, Docker, kubectl and the .NET SDK.',
    'Windows Server 2022 workers for PowerShell (and .NET Framework) steps.',
    'Linux workers, group 002.',
    "Reserved for workers inside the AKS cluster network. None registered yet; it's fine.",
    'x$(iwr evil)',
  ])('plain: %s', (text) => {
    expect(isPlainText(text)).toBe(true);
    // Markdown would make exactly the same of it: the text alone in its wrapper.
    expect(markdownOf(text)).toBe(render(<span>{text}</span>).container.innerHTML);
    const { container } = render(<PoolDescription text={text} inline />);
    expect(container.innerHTML).toBe(`<span>${container.textContent}</span>`);
  });

  it.each([
    '**bold** builders',
    'with `docker`',
    'see [the runbook](https://wiki.example.com)',
    'https://wiki.example.com',
    'mail ops@example.com',
    '- amd64',
    '1. first',
    '# Heading',
    'AT&amp;T',
    'one\ntwo',
    '<b>bold</b>',
    'a | b',
    '~~gone~~',
    'snake_case_name',
    ' leading space',
    'Setext\n===',
  ])('not plain (Markdown decides): %s', (text) => {
    expect(isPlainText(text)).toBe(false);
  });
});
