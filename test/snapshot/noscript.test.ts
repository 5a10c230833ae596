import { describe, expect, it } from 'vitest';
import { withoutNoscriptContent } from '../../src/snapshot/noscript';

describe('withoutNoscriptContent (the copy parses with scripting off, ./open-copy)', () => {
  it.each([
    ['<head></head><body><p>x</p></body>', '<head></head><body><p>x</p></body>'],
    ['<head><noscript><style>.a{display:none}</style></noscript></head>', '<head><noscript></noscript></head>'],
    ['<body><noscript><input value="x"></noscript><input></body>', '<body><noscript></noscript><input></body>'],
    ['<body><NOSCRIPT class="a">text</NOSCRIPT></body>', '<body><NOSCRIPT class="a"></NOSCRIPT></body>'],
    // not a noscript: in a script's text, a comment, an attribute value, an escaped text
    ['<script>document.write("<noscript>x</noscript>")</script>', '<script>document.write("<noscript>x</noscript>")</script>'],
    ['<!-- <noscript>x</noscript> --><p>y</p>', '<!-- <noscript>x</noscript> --><p>y</p>'],
    ['<div title="<noscript>x</noscript>">y</div>', '<div title="<noscript>x</noscript>">y</div>'],
    ['<p>&lt;noscript&gt;x</p><noscript>z</noscript>', '<p>&lt;noscript&gt;x</p><noscript></noscript>'],
    ['<style>a::after{content:"<noscript>"}</style><noscript><p>z</p></noscript><p>w</p>', '<style>a::after{content:"<noscript>"}</style><noscript></noscript><p>w</p>'],
  ])('%s', (html, out) => expect(withoutNoscriptContent(html)).toBe(out));
});
