import { describe, expect, it } from 'vitest';
import { findPlaceholders, resolvePlaceholders } from './placeholders.js';

describe('resolvePlaceholders', () => {
  it('replaces every ${{NAME}} (spaces allowed) and reports each missing name once', () => {
    const template =
      '{"a": "${{HOST}}/x", "b": "api://${{ HOST }}/${{ID}}", "c": "${{ID}}", "d": "${{GONE}}"}';
    const { text, missing } = resolvePlaceholders(template, { HOST: 'taiwa.example.com' });
    expect(JSON.parse(text)).toEqual({
      a: 'taiwa.example.com/x',
      b: 'api://taiwa.example.com/${{ID}}',
      c: '${{ID}}',
      d: '${{GONE}}',
    });
    expect(missing).toEqual(['ID', 'GONE']);
  });

  it('escapes values so that they cannot change the JSON structure', () => {
    const { text } = resolvePlaceholders('{"name": "${{NAME}}"}', { NAME: 'a "quoted" \\ value' });
    expect(JSON.parse(text)).toEqual({ name: 'a "quoted" \\ value' });
  });
});

describe('findPlaceholders', () => {
  it('lists the distinct placeholder names left in a text', () => {
    expect(findPlaceholders('${{A}} ${{ B }} ${{A}} {{C}} $ {{D}}')).toEqual(['A', 'B']);
  });
});
