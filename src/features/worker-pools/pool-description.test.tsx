import { render } from '@testing-library/react';
import { PoolDescription } from './pool-description';

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
