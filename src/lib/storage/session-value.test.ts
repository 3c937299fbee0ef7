import { describe, expect, it } from 'vitest';
import { sessionValue } from './session-value';

const count = sessionValue<number>('test-count', 1000);
const number = (value: unknown) => (typeof value === 'number' ? value : undefined);

describe('sessionValue', () => {
  it('keeps a value under the app key scheme until it expires', () => {
    count.save(7, 5000);

    expect(sessionStorage.getItem('cognito-spa:test-count')).toBe('{"savedAt":5000,"value":7}');
    expect(count.read(number, 6000)).toBe(7);
    expect(count.read(number, 6001)).toBeUndefined();
    expect(count.readEvenIfExpired(number)).toBe(7);
  });

  it('treats a time ahead of now as expired', () => {
    count.save(7, 5000);
    expect(count.read(number, 4999)).toBeUndefined();
  });

  it.each([
    ['not JSON', '{'],
    ['not an object', '7'],
    ['no time', '{"value":7}'],
    ['a time that is not a number', '{"savedAt":"5000","value":7}'],
    ['a value the parser refuses', '{"savedAt":5000,"value":"7"}'],
  ])('reads %s as nothing', (_case, raw) => {
    sessionStorage.setItem('cognito-spa:test-count', raw);
    expect(count.read(number, 5000)).toBeUndefined();
    expect(count.readEvenIfExpired(number)).toBeUndefined();
  });

  it('forgets the value', () => {
    count.save(7);
    count.clear();
    expect(sessionStorage.getItem('cognito-spa:test-count')).toBeNull();
  });
});
