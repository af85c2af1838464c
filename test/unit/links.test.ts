import { describe, expect, it } from 'vitest';
import { safeExternalUrl } from '../../src/core';

describe('safeExternalUrl', () => {
  it.each([
    ['https://www.nji.nl/motiverende-gespreksvoering', 'https://www.nji.nl/motiverende-gespreksvoering'],
    ['http://example.org', 'http://example.org/'],
    ['mailto:trainer@example.org', 'mailto:trainer@example.org'],
    ['  HTTPS://Example.org/a b  ', 'https://example.org/a%20b'],
  ])('accepts %j', (input, normalised) => {
    expect(safeExternalUrl(input)).toBe(normalised);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://example.org/file',
    'app://draaiboek/index.html',
    '/relative/path',
    '../up',
    'example.org',
    '',
    `https://example.org/${'a'.repeat(2100)}`,
  ])('refuses %j', (input) => {
    expect(safeExternalUrl(input)).toBeNull();
  });

  it.each([null, undefined, 42, {}, ['https://example.org'], { href: 'https://example.org' }])('refuses the non-string %j', (input) => {
    expect(safeExternalUrl(input)).toBeNull();
  });
});
