/** The package's version, for the CDN snippets (a Node test checks it matches package.json). */
export const PACKAGE_VERSION = '0.1.0';
