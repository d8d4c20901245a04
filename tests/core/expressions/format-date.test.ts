import { describe, expect, it } from 'vitest';
import { evaluateExpression, type ExpressionContext } from '../../../src/core/expressions/index.ts';

const inLanguage = (language: string): ExpressionContext => ({ language: () => language });

function format(date: string, pattern: string | null, language = 'nb') {
  const expr = pattern === null ? ['formatDate', date] : ['formatDate', date, pattern];
  return evaluateExpression(expr, inLanguage(language), { expected: 'any', defaultValue: null });
}

// Unzoned dates are shown as written, so these expectations hold in every runtime timezone.
const DATE = '2023-03-04T15:06:07.120';

describe('formatDate', () => {
  it.each([
    ['yyyy-MM-dd HH:mm:ss.SSS', '2023-03-04 15:06:07.120'],
    ['d.M.yy', '4.3.23'],
    ['h:mm a', '3:06 p.m.'],
    ['hh', '03'],
    ['S SS', '1 12'],
    ['uuuuu', '02023'],
    ['EEEE d. MMMM', 'lørdag 4. mars'],
    ['E MMM', 'lør mar'],
    ['MMMMM', 'M'],
    ['GGGG', 'etter Kristus'],
  ])('formats %s in nb', (pattern, expected) => {
    expect(format(DATE, pattern).value).toBe(expected);
  });

  it('localises names to the current language', () => {
    expect(format(DATE, 'EEEE MMMM a G', 'en').value).toBe('Saturday March PM AD');
    expect(format(DATE, 'EEEE', 'nn').value).toBe('laurdag');
  });

  it('falls back to nb when the host reports a language Intl rejects', () => {
    expect(format(DATE, 'EEEE', 'not a locale!').value).toBe('lørdag');
  });

  it('uses the short date style of the language without a pattern', () => {
    expect(format('2023-01-01', null, 'en').value).toBe('1/1/23');
    expect(format('2023-01-01', null, 'nb').value).toBe('01.01.2023');
  });

  it('returns null for a missing date and errors on unsupported tokens', () => {
    expect(evaluateExpression(['formatDate', null], inLanguage('nb'), { expected: 'any', defaultValue: 'x' })).toEqual({
      value: 'x',
    });
    const result = format(DATE, 'yyyy QQ');
    expect(result.value).toBeNull();
    expect(result.error?.message).toBe('Unsupported date format token "QQ"');
    expect(result.error?.pointer).toBe('');
  });
});
