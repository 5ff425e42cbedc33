// @vitest-environment node
import { fields, NAME_ONLY, pageWindow, readListState, writeListState, type ListState } from './list-state';

const SCHEMA = {
  name: fields.text('name'),
  tags: fields.list('tags'),
  colour: fields.list('colour', ['Red', 'Green'] as const),
  size: fields.choice('size', ['', 'Small', 'Large'] as const, ''),
  done: fields.boolean('done'),
  grouped: fields.flag('group', 'owner'),
  page: fields.page(),
  take: fields.pageSize([10, 25], 10),
};
const INITIAL: ListState<typeof SCHEMA> = { name: '', tags: [], colour: [], size: '', done: undefined, grouped: false, page: 0, take: 10 };

const read = (search: string) => readListState(SCHEMA, new URLSearchParams(search));
const write = (search: string, patch: Partial<ListState<typeof SCHEMA>>) =>
  writeListState(SCHEMA, new URLSearchParams(search), patch).toString();

describe('list state ⇄ URL', () => {
  it('no params is every default, and the defaults write no params', () => {
    expect(read('')).toEqual(INITIAL);
    expect(write('', INITIAL)).toBe('');
  });

  it('reads every kind of field', () => {
    expect(read('name=%20web%20&tags=a,,b,a&colour=red,Blue&size=large&done=false&group=owner&page=3&take=25')).toEqual({
      name: 'web', tags: ['a', 'b'], colour: ['Red'], size: 'Large', done: false, grouped: true, page: 2, take: 25,
    });
  });

  it.each([
    ['a page of 0, below 0 or not a number is the first', 'page=0', { page: 0 }],
    ['a negative page is the first', 'page=-2', { page: 0 }],
    ['a fractional page is the first', 'page=1.5', { page: 0 }],
    ['an empty page is the first', 'page=', { page: 0 }],
    ['a page size not offered is the default', 'take=7', { take: 10 }],
    ['an unknown choice is the default', 'size=Huge', { size: '' }],
    ['a boolean is true or false, nothing else', 'done=yes', { done: undefined }],
    ['a flag needs its exact value', 'group=Owner', { grouped: false }],
  ])('%s', (_why, search, expected) => {
    expect(read(search)).toEqual({ ...INITIAL, ...expected });
  });

  it('writes in the schema order, after the params it does not own, which stay', () => {
    expect(write('scenario=large&zeta=1', { take: 25, name: 'web', done: true })).toBe('scenario=large&zeta=1&name=web&done=true&take=25');
  });

  it('any change but the page goes back to the first page; a page change keeps the filters', () => {
    expect(write('name=web&page=4', { colour: ['Green'] })).toBe('name=web&colour=Green');
    expect(write('name=web&page=4', { page: 5 })).toBe('name=web&page=6');
    expect(write('name=web&page=4', { page: 0 })).toBe('name=web');
  });

  it('clearing a value removes its param', () => {
    expect(write('name=web&tags=a&done=false', { name: '', tags: [], done: undefined })).toBe('');
  });

  it('a schema without paging has no page to reset', () => {
    expect(writeListState(NAME_ONLY, new URLSearchParams('page=3'), { name: 'x' }).toString()).toBe('page=3&name=x');
  });
});

describe('paging window', () => {
  it.each([
    [0, 30, { skip: 0, take: 30 }],
    [2, 20, { skip: 40, take: 20 }],
  ])('page %i of %i', (page, take, expected) => {
    expect(pageWindow(page, take)).toEqual(expected);
  });
});
