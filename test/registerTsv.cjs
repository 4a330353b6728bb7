// Lets tests import .tsv files as text, as esbuild's text loader does in the bundles.
const { readFileSync } = require('node:fs');
require.extensions['.tsv'] = (module, filename) => {
  module.exports = { __esModule: true, default: readFileSync(filename, 'utf8') };
};
