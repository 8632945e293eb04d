import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MantineProvider } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { cssVariablesResolver, theme } from './theme';

/** Without comments, white space and the quotes Prettier chose. */
const normalize = (css: string) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, '')
    .replace(/'/g, '"');

describe("the theme's CSS variables for the first paint", () => {
  it('are those MantineProvider injects for theme.ts', () => {
    const html = renderToStaticMarkup(createElement(MantineProvider, { theme, cssVariablesResolver }, null));
    const injected = /<style data-mantine-styles="true"[^>]*>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const file = readFileSync(new URL('./theme-variables.css', import.meta.url), 'utf8');
    expect(injected).not.toBe('');
    expect(normalize(file), `theme-variables.css should read:\n${injected}`).toBe(normalize(injected));
  });
});
