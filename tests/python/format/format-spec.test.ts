// Expected strings were produced by CPython 3.11 (format(value, spec)) and pasted as literals.
import { describe, expect, it } from 'vitest';
import { formatBool, formatFloat, formatInt, formatStr, parseFormatSpec } from '../../../src/python/format';
import { PyException } from '../../../src/engine/exceptions';

function pyError(fn: () => unknown): [string, string] {
  try {
    fn();
  } catch (e) {
    if (e instanceof PyException) return [e.cls.name, String(e.args[0])];
    throw e;
  }
  throw new Error('expected a Python exception');
}

const floatOk: [number, string, string][] = [
    [10.0, ".2", "1e+01"],
    [1.0, ".2", "1.0"],
    [12.0, ".2", "1.2e+01"],
    [1234.5, ".2", "1.2e+03"],
    [1e+16, "", "1e+16"],
    [1234567.0, ",", "1,234,567.0"],
    [-1234.5, "012,.2f", "-0,001,234.50"],
    [1e+22, ".3", "1e+22"],
    [0.0001, ".3", "0.0001"],
    [1e-05, "g", "1e-05"],
    [100000.0, "g", "100000"],
    [1000000.0, "g", "1e+06"],
    [1.0, "#g", "1.00000"],
    [1.0, "#.0f", "1."],
    [1.0, "#.0e", "1.e+00"],
    [1.0, "#", "1.0"],
    [-0, "z.1f", "0.0"],
    [-0.001, "z.1f", "0.0"],
    [-0, "", "-0.0"],
    [-0, "z", "0.0"],
    [1.0, "%", "100.000000%"],
    [0.125, ".1%", "12.5%"],
    [1.0, "=10", "       1.0"],
    [NaN, "010", "0000000nan"],
    [-Infinity, "+010.2f", "-000000inf"],
    [Infinity, "e", "inf"],
    [NaN, "F", "NAN"],
    [1e+16, "E", "1.000000E+16"],
    [1.5, "10.3", "       1.5"],
    [2.5, ".0f", "2"],
    [0.5, ".0f", "0"],
    [1.5, ".0f", "2"],
    [0.125, ".2f", "0.12"],
    [2.675, ".2f", "2.67"],
    [0.375, ".2f", "0.38"],
    [-0.125, ".2f", "-0.12"],
    [1.0, ".0%", "100%"],
    [1e+100, ".2f", "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.00"],
    [Infinity, "010,", "0000000inf"],
    [Infinity, ",", "inf"],
    [1e+20, ",.0f", "100,000,000,000,000,000,000"],
    [12345.5, "_", "12_345.5"],
    [1.5, "+", "+1.5"],
    [1.5, " e", " 1.500000e+00"],
    [1e-07, "", "1e-07"],
    [1.2345678901234568e+17, "", "1.2345678901234568e+17"],
    [0.5, ".0e", "5e-01"],
    [1.5, ".0e", "2e+00"],
    [2.5, ".0e", "2e+00"],
    [0.125, ".2e", "1.25e-01"],
    [12.5, ".2g", "12"],
    [12.5, ".1g", "1e+01"],
    [0.0, "g", "0"],
    [0.0, "e", "0.000000e+00"],
    [0.0, ".3", "0.0"],
    [0.0, "", "0.0"],
    [0.0, ".1", "0e+00"],
    [5e-324, "", "5e-324"],
    [5e-324, ".3e", "4.941e-324"],
    [1.7976931348623157e+308, "", "1.7976931348623157e+308"],
    [0.0001, "g", "0.0001"],
    [0.00012345, ".3", "0.000123"],
    [123.0, ".3", "1.23e+02"],
    [123.0, ".4", "123.0"],
    [1000000000000000.0, ".16", "1e+15"],
    [1e+16, ".16", "1e+16"],
    [1e+16, ".17", "1e+16"],
    [100.0, "#.3g", "100."],
    [0.0001, "#.3g", "0.000100"],
    [1e-05, "#.3g", "1.00e-05"],
    [12345.0, "#.3g", "1.23e+04"],
    [1.0, "#.3", "1.00"],
    [123.0, "#.3", "1.23e+02"],
    [1.0, ".0", "1e+00"],
    [1.5, ".0", "2e+00"],
    [1.5, ".1", "2e+00"],
    [3.0, ".0g", "3"],
    [NaN, "+", "+nan"],
    [NaN, "%", "nan%"],
    [Infinity, "%", "inf%"],
    [1234.5, "n", "1234.5"],
    [1.5, "n", "1.5"],
    [0.5, "%", "50.000000%"],
    [-0, "%", "-0.000000%"],
    [-0, "z%", "0.000000%"],
    [-0, "e", "-0.000000e+00"],
    [-0, "g", "-0"],
    [-0, "z.3", "0.0"],
    [-1e-300, "z.3", "-1e-300"],
    [-1e-300, "z.2f", "0.00"],
    [-1e-300, "z.2e", "-1.00e-300"],
    [-1e-300, "z", "-1e-300"],
    [1.0, "+z", "+1.0"],
    [-Infinity, "z", "-inf"],
    [1e+16, "#", "1.e+16"],
    [100.0, "#", "100.0"],
    [1.0, "#.1g", "1."],
    [10000000000.0, "#.1g", "1.e+10"],
    [10000000000.0, "#.1", "1.e+10"],
    [1.0, "#.1", "1.e+00"],
    [0.0, "#.1", "0.e+00"],
    [0.0, "#g", "0.00000"],
    [0.0, "#.0e", "0.e+00"],
    [1e-05, "#", "1.e-05"],
    [3.14159, "*^12.3f", "***3.142****"],
    [3.14159, "<10.2e", "3.14e+00  "],
    [-3.14159, "^+12.2G", "    -3.1    "],
    [1234567.891, ",.2f", "1,234,567.89"],
    [1234567.891, "_.3e", "1.235e+06"],
    [-1234567.891, "020,.2f", "-0,000,001,234,567.89"],
    [1234567.891, "0=20,.1f", "00,000,001,234,567.9"],
    [0.1, ".20f", "0.10000000000000000555"],
    [0.1, ".30e", "1.000000000000000055511151231258e-01"],
    [1e+300, ".5g", "1e+300"],
    [1e-300, ".5g", "1e-300"],
    [123.456, ".10g", "123.456"],
    [123.456, "#.10g", "123.4560000"],
    [1e+21, "f", "1000000000000000000000.000000"],
    [1.5e+300, ",.0f", "1,500,000,000,000,000,078,757,140,382,806,630,373,056,702,871,662,238,732,373,781,173,267,703,686,983,362,293,679,557,062,620,671,796,065,556,665,749,325,817,265,413,784,853,040,645,863,467,188,277,180,060,474,272,580,801,389,863,705,606,745,350,692,182,135,089,053,429,852,456,199,917,621,678,558,451,461,320,111,979,114,170,213,741,868,888,183,230,085,264,257,173,504,208,294,580,298,189,100,810,240"],
    [9.313225746154785e-10, ".40f", "0.0000000009313225746154785156250000000000"],
    [9.995, ".2f", "9.99"],
    [9.9999, ".3f", "10.000"],
    [0.05, ".1f", "0.1"],
    [0.15, ".1f", "0.1"],
    [0.25, ".1f", "0.2"],
    [0.35, ".1f", "0.3"],
    [999.5, ".0f", "1000"],
    [998.5, ".0f", "998"],
    [-0.5, ".0f", "-0"],
    [-0.5, "z.0f", "0"],
    [1.0, "€^7", "€€1.0€€"],
    [2.5, "😀>6", "😀😀😀2.5"],
    [1e+16, ".16g", "1e+16"],
    [9999999000000000.0, "", "9999999000000000.0"],
    [0.000123456, "g", "0.000123456"],
    [123456789.0, "g", "1.23457e+08"],
    [123456789.0, ".12g", "123456789"],
    [1e-05, ".0%", "0%"],
    [1.23456789e-10, "%", "0.000000%"],
    [6.02214076e+23, ",.3f", "602,214,075,999,999,987,023,872.000"],
    [0.30000000000000004, "", "0.30000000000000004"],
    [0.3333333333333333, ".17g", "0.33333333333333331"],
    [0.3333333333333333, ".55f", "0.3333333333333333148296162562473909929394721984863281250"],
    [1.1805916207174113e+21, "", "1.1805916207174113e+21"],
    [1.1805916207174113e+21, "f", "1180591620717411303424.000000"],
    [1234.5, "012,e", "1.234500e+03"],
    [0.5, "012,%", "0,050.000000%"],
    [1000000.0, "020,.2f", "0,000,001,000,000.00"],
    [1000000.0, "020_", "00_000_001_000_000.0"],
    [-0, "08,", "-0,000.0"],
    [NaN, "08,", "00000nan"],
    [1e+300, ",.2f", "1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.00"],
    [-1.5e-07, "+012.3e", "-001.500e-07"],
];
const floatErr: [number, string, string, string][] = [
    [1.0, "abc", "ValueError", "Invalid format specifier 'abc' for object of type 'float'"],
    [1.0, "d", "ValueError", "Unknown format code 'd' for object of type 'float'"],
    [1.0, ",_", "ValueError", "Cannot specify both ',' and '_'."],
    [1.0, "_,", "ValueError", "Cannot specify both ',' and '_'."],
    [1.0, ".", "ValueError", "Format specifier missing precision"],
    [1.0, ",n", "ValueError", "Cannot specify ',' with 'n'."],
    [1.0, "x", "ValueError", "Unknown format code 'x' for object of type 'float'"],
    [1.0, "c", "ValueError", "Unknown format code 'c' for object of type 'float'"],
    [1.0, "z+.0f", "ValueError", "Invalid format specifier 'z+.0f' for object of type 'float'"],
    [1.0, ".2147483648f", "ValueError", "precision too big"],
    [1.0, "1000000000000000000000", "ValueError", "Too many decimal digits in format string"],
    [1.0, "_b", "ValueError", "Unknown format code 'b' for object of type 'float'"],
    [1.0, "z+", "ValueError", "Unknown format code '+' for object of type 'float'"],
    [1.5, "é", "ValueError", "Unknown format code '\\xe9' for object of type 'float'"],
];
const intOk: [number, string, string][] = [
    [5, "<05", "50000"],
    [1, "_b", "1"],
    [255, "#_b", "0b1111_1111"],
    [65, "c", "A"],
    [1, "n", "1"],
    [1234, "010,", "00,001,234"],
    [1234, "x=10,", "xxxxx1,234"],
    [1, "#x", "0x1"],
    [-255, "#010x", "-0x00000ff"],
    [3, "e", "3.000000e+00"],
    [3, "g", "3"],
    [3, "%", "300.000000%"],
    [3, ".2f", "3.00"],
    [1, "_x", "1"],
    [123456789, "_x", "75b_cd15"],
    [1, "=^5", "==1=="],
    [1, "_o", "1"],
    [12345, "_d", "12_345"],
    [12345, "_", "12_345"],
    [1, "€^5", "€€1€€"],
    [1, "-", "1"],
    [1, " ", " 1"],
    [-1, " ", "-1"],
    [1234, "n", "1234"],
    [1234, "010n", "0000001234"],
    [1234567, ",d", "1,234,567"],
    [-1234567, "+,", "-1,234,567"],
    [1234567, "_d", "1_234_567"],
    [255, "X", "FF"],
    [255, "#X", "0XFF"],
    [255, "#o", "0o377"],
    [-5, "b", "-101"],
    [5, "#b", "0b101"],
    [0, "#x", "0x0"],
    [0, "c", "\u0000"],
    [1, "=5", "    1"],
    [-1, "=5", "-   1"],
    [-1, "05", "-0001"],
    [-1, "<05", "-1000"],
    [-1, "^05", "0-100"],
    [12, "%", "1200.000000%"],
    [1, "z.2f", "1.00"],
    [65, "03c", "00A"],
    [65, "<3", "65 "],
    [1, "#.2f", "1.00"],
    [1000000, ",.2e", "1.00e+06"],
    [0, "", "0"],
    [0, "+", "+0"],
    [9007199254740991, ",", "9,007,199,254,740,991"],
    [-9007199254740991, "_b", "-1_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111"],
    [9007199254740991, "#o", "0o377777777777777777"],
    [255, "#010_b", "0b1111_1111"],
    [255, "0=+#12_x", "+0x0000_00ff"],
    [42, "*^+9", "***+42***"],
    [-42, "x=8", "-xxxxx42"],
    [7, "#08b", "0b000111"],
    [1234, "06,", "01,234"],
    [1234, "07,", "001,234"],
    [1234, "08,", "0,001,234"],
    [1234, "09,", "0,001,234"],
    [1234, "0=+10,", "+0,001,234"],
    [5, "10", "         5"],
    [5, "<10", "5         "],
    [5, "^10", "    5     "],
    [128512, "c", "😀"],
    [10000000000000000, ".3g", "1e+16"],
    [-1234, "011,", "-00,001,234"],
    [255, "012_x", "00_0000_00ff"],
    [255, "#013_b", "0b0_1111_1111"],
    [-255, "+#014_b", "-0b0_1111_1111"],
    [123, "0=8,", "0,000,123"],
    [123, "*=8,", "*****123"],
    [1234567, "0<12,", "1,234,567000"],
    [1234567, "0^12,", "01,234,56700"],
    [12, "04,", "0,012"],
    [12345678, "012_", "0_012_345_678"],
    [0, "06,", "00,000"],
];
const intErr: [number, string, string, string][] = [
    [1, ".2d", "ValueError", "Precision not allowed in integer format specifier"],
    [1, "s", "ValueError", "Unknown format code 's' for object of type 'int'"],
    [1, ".f", "ValueError", "Format specifier missing precision"],
    [1, ",b", "ValueError", "Cannot specify ',' with 'b'."],
    [65, "+c", "ValueError", "Sign not allowed with integer format specifier 'c'"],
    [65, "#c", "ValueError", "Alternate form (#) not allowed with integer format specifier 'c'"],
    [65, ",c", "ValueError", "Cannot specify ',' with 'c'."],
    [1, ",n", "ValueError", "Cannot specify ',' with 'n'."],
    [1, "z", "ValueError", "Negative zero coercion (z) not allowed in integer format specifier"],
    [1, ".2", "ValueError", "Precision not allowed in integer format specifier"],
    [1114112, "c", "OverflowError", "%c arg not in range(0x110000)"],
    [-1, "c", "OverflowError", "%c arg not in range(0x110000)"],
    [1000000000000000, ",x", "ValueError", "Cannot specify ',' with 'x'."],
    [1, "zc", "ValueError", "Negative zero coercion (z) not allowed in integer format specifier"],
    [1, ".2c", "ValueError", "Precision not allowed in integer format specifier"],
    [1, "+#c", "ValueError", "Sign not allowed with integer format specifier 'c'"],
    [1, "é", "ValueError", "Unknown format code '\\xe9' for object of type 'int'"],
];
const strOk: [string, string, string][] = [
    ["abc", ".2", "ab"],
    ["abc", "^7", "  abc  "],
    ["abc", "*^8", "**abc***"],
    ["a", "05", "a0000"],
    ["x", "😀<4", "x😀😀😀"],
    ["h\u00e9llo", ">8s", "   héllo"],
    ["\ud83d\ude00\ud83d\ude00\ud83d\ude00", ".2", "😀😀"],
    ["\ud83d\ude00", "^5", "  😀  "],
    ["abc", "", "abc"],
    ["abc", "s", "abc"],
    ["abc", ">2", "abc"],
    ["", "*<3", "***"],
];
const strErr: [string, string, string, string][] = [
    ["a", "d", "ValueError", "Unknown format code 'd' for object of type 'str'"],
    ["a", "+", "ValueError", "Sign not allowed in string format specifier"],
    ["a", "#", "ValueError", "Alternate form (#) not allowed in string format specifier"],
    ["a", "=", "ValueError", "'=' alignment not allowed in string format specifier"],
    ["abc", ",", "ValueError", "Cannot specify ',' with 's'."],
    ["abc", "_", "ValueError", "Cannot specify '_' with 's'."],
    ["abc", ",s", "ValueError", "Cannot specify ',' with 's'."],
    ["a", " ", "ValueError", "Space not allowed in string format specifier"],
    ["a", "z#", "ValueError", "Negative zero coercion (z) not allowed in string format specifier"],
    ["a", "#+", "ValueError", "Unknown format code '+' for object of type 'str'"],
    ["a", "=+", "ValueError", "Sign not allowed in string format specifier"],
    ["a", "+,", "ValueError", "Cannot specify ',' with 's'."],
    ["a", "z=", "ValueError", "'=' alignment not allowed in string format specifier"],
    ["a", "z,", "ValueError", "Cannot specify ',' with 's'."],
    ["a", "=5", "ValueError", "'=' alignment not allowed in string format specifier"],
    ["ab", "x>+5", "ValueError", "Sign not allowed in string format specifier"],
    ["ab", "é", "ValueError", "Unknown format code '\\xe9' for object of type 'str'"],
];

describe('formatFloat', () => {
  it.each(floatOk)('format(%s, %j) == %j', (v, spec, want) => {
    expect(formatFloat(v, spec)).toBe(want);
  });
  it.each(floatErr)('format(%s, %j) raises %s: %s', (v, spec, cls, msg) => {
    expect(pyError(() => formatFloat(v, spec))).toEqual([cls, msg]);
  });
});

describe('formatInt', () => {
  it.each(intOk)('format(%s, %j) == %j', (v, spec, want) => {
    expect(formatInt(v, spec)).toBe(want);
  });
  it.each(intErr)('format(%s, %j) raises %s: %s', (v, spec, cls, msg) => {
    expect(pyError(() => formatInt(v, spec))).toEqual([cls, msg]);
  });
  it('refuses absurd widths instead of allocating them (CPython would allocate)', () => {
    expect(pyError(() => formatInt(1, '2147483648'))).toEqual(['ValueError', 'Too many decimal digits in format string']);
  });
});

describe('formatStr', () => {
  it.each(strOk)('format(%j, %j) == %j', (v, spec, want) => {
    expect(formatStr(v, spec)).toBe(want);
  });
  it.each(strErr)('format(%j, %j) raises %s: %s', (v, spec, cls, msg) => {
    expect(pyError(() => formatStr(v, spec))).toEqual([cls, msg]);
  });
});

describe('formatBool', () => {
  it('uses str() for an empty spec and int formatting otherwise', () => {
    expect(formatBool(true, '')).toBe('True');
    expect(formatBool(false, '')).toBe('False');
    expect(formatBool(true, 'd')).toBe('1');
    expect(formatBool(true, '>5')).toBe('    1');
    expect(formatBool(true, '.2f')).toBe('1.00');
  });
});

describe('parseFormatSpec', () => {
  it('splits every field', () => {
    expect(parseFormatSpec('*^+z#012,.3f')).toEqual({
      fill: '*', align: '^', sign: '+', noNegZero: true, alt: true, zeroPad: false,
      width: 12, grouping: ',', precision: 3, type: 'f',
    });
    expect(parseFormatSpec('08_')).toMatchObject({ fill: null, align: null, zeroPad: true, width: 8, grouping: '_', type: '' });
    expect(parseFormatSpec('😀<4')).toMatchObject({ fill: '😀', align: '<', width: 4 });
  });
});
