// Mantine's PostCSS preset: rem()/light-dark() helpers and smaller-than/larger-than mixins for our CSS.
module.exports = {
  plugins: {
    'postcss-preset-mantine': {},
  },
};
