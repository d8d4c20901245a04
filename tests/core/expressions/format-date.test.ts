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

  it.each([
    ['y', '2023'],
    ['yy', '23'],
    ['yyy', '2023'],
    ['yyyy', '2023'],
    ['u', '2023'],
    ['M', '3'],
    ['MM', '03'],
    ['MMM', 'mar'],
    ['MMMM', 'mars'],
    ['MMMMM', 'M'],
    ['d', '4'],
    ['dd', '04'],
    ['E', 'lør'],
    ['EE', 'lør'],
    ['EEE', 'lør'],
    ['EEEE', 'lørdag'],
    ['EEEEE', 'L'],
    ['G', 'e.Kr.'],
    ['GG', 'e.Kr.'],
    ['GGG', 'e.Kr.'],
    ['GGGG', 'etter Kristus'],
    ['H', '15'],
    ['HH', '15'],
    ['h', '3'],
    ['hh', '03'],
    ['m', '6'],
    ['mm', '06'],
    ['s', '7'],
    ['ss', '07'],
    ['S', '1'],
    ['SS', '12'],
    ['SSS', '120'],
  ])('accepts the width %s', (pattern, expected) => {
    expect(format(DATE, pattern).value).toBe(expected);
  });

  it('pads short years to the width asked for', () => {
    expect(format('0042-01-02', 'y|yy|yyy|yyyy').value).toBe('42|42|042|0042');
  });

  it.each([
    ['nb', 'a.m.', 'p.m.', 'a.m.', 'a', 'p'],
    ['nn', 'f.m.', 'e.m.', 'formiddag', 'f.m.', 'e.m.'],
    ['en', 'AM', 'PM', 'AM', 'a', 'p'],
  ])('names the day periods in %s for every width of a', (language, am, pm, wideAm, narrowAm, narrowPm) => {
    const morning = '2023-03-04T09:00:00';
    const evening = '2023-03-04T21:00:00';
    for (const width of ['a', 'aa', 'aaa']) {
      expect(format(morning, width, language).value).toBe(am);
      expect(format(evening, width, language).value).toBe(pm);
    }
    expect(format(morning, 'aaaa', language).value).toBe(wideAm);
    expect(format(morning, 'aaaaa', language).value).toBe(narrowAm);
    expect(format(evening, 'aaaaa', language).value).toBe(narrowPm);
  });

  it('counts midnight as morning and noon as afternoon', () => {
    expect(format('2023-03-04T00:00:00', 'h a', 'en').value).toBe('12 AM');
    expect(format('2023-03-04T12:00:00', 'h a', 'en').value).toBe('12 PM');
    expect(format('2023-03-04T11:59:59', 'a', 'nn').value).toBe('f.m.');
  });

  it('reads the language of a regional locale for day periods, and asks Intl for others', () => {
    expect(format(DATE, 'a', 'en-GB').value).toBe('PM');
    expect(format(DATE, 'a', 'no').value).toBe('p.m.');
    expect(format(DATE, 'a', 'de').value).toBe('PM');
  });

  it.each([
    ['nb', 'søndag søn S januar jan J', 'f.Kr. før Kristus', '05.01.2020'],
    ['nn', 'søndag søn S januar jan J', 'f.Kr. før Kristus', '05.01.2020'],
    ['en', 'Sunday Sun S January Jan J', 'BC Before Christ', '1/5/20'],
  ])('names weekdays, months and eras in %s the same in every runtime', (language, names, beforeChrist, shortDate) => {
    expect(format('2020-01-05', 'EEEE E EEEEE MMMM MMM MMMMM', language).value).toBe(names);
    // Year 0 is 1 BC.
    expect(format('0000-06-01', 'G GGGG', language).value).toBe(beforeChrist);
    expect(format('2020-01-05', null, language).value).toBe(shortDate);
  });

  it('names the weekdays of Nynorsk as Nynorsk has them', () => {
    const week = ['2023-01-02', '2023-01-03', '2023-01-07'].map((date) => format(date, 'EEEE EEE', 'nn').value);
    expect(week).toEqual(['måndag mån', 'tysdag tys', 'laurdag lau']);
  });

  it('asks Intl for languages other than nb, nn and en, and for regional date styles', () => {
    expect(format(DATE, 'EEEE MMMM G', 'de').value).toBe('Samstag März n. Chr.');
    expect(format('2020-01-05', null, 'en-GB').value).toBe('05/01/2020');
    expect(format(DATE, 'EEEE', 'nn-NO').value).toBe('laurdag');
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

  it('rejects Moment-style tokens that mean something else in Unicode patterns', () => {
    expect(format(DATE, 'DD.MM.YYYY').error?.message).toBe('Unsupported date format token "DD"');
    expect(format(DATE, 'yyyyy').error?.message).toBe('Unsupported date format token "yyyyy"');
    expect(format(DATE, 'aaaaaa').error?.message).toBe('Unsupported date format token "aaaaaa"');
  });

  it('formats date-times written with lower-case t and z', () => {
    expect(format('2023-10-30t14:54:00z', 'yyyy-MM-dd').value).toBe('2023-10-30');
  });
});
