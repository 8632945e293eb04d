import { createTheme, darken, Input, Table, type CSSVariablesResolver } from '@mantine/core';
import focus from './focus.module.css';

// Everything here is about WCAG AA contrast (4.5:1), which Mantine's defaults miss in places:
// - primary shade 8 keeps white text on filled blue buttons above 4.5:1 (shade 6 is ~3.5:1);
// - autoContrast with this threshold picks black text on light filled colours (orange, green, teal).
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  autoContrast: true,
  luminanceThreshold: 0.17,
  defaultRadius: 'md',
  focusRing: 'auto',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '700' },
  components: {
    Input: Input.extend({ classNames: { input: focus.input } }),
    // A caption names its table: above it, in the text colour, like a small heading (not dimmed, not below).
    Table: Table.extend({
      defaultProps: { captionSide: 'top' },
      styles: {
        caption: {
          color: 'var(--mantine-color-text)',
          fontWeight: 700,
          fontSize: 'var(--mantine-font-size-md)',
          textAlign: 'left',
          marginTop: 0,
          marginBottom: 'var(--mantine-spacing-xs)',
        },
      },
    }),
  },
});

/** Darker "dimmed", error and light-variant text in light mode (the defaults fall under 4.5:1). */
export const cssVariablesResolver: CSSVariablesResolver = (t) => {
  const lightVariantText = Object.fromEntries(
    Object.entries(t.colors).map(([name, shades]) => [`--mantine-color-${name}-light-color`, darken(shades[9], 0.3)]),
  );
  return {
    variables: {},
    light: {
      ...lightVariantText,
      '--mantine-color-dimmed': t.colors.gray[7],
      '--mantine-color-error': t.colors.red[9],
      '--mantine-color-placeholder': t.colors.gray[6],
    },
    dark: {
      '--mantine-color-dimmed': t.colors.dark[1],
      '--mantine-color-error': t.colors.red[4],
    },
  };
};
