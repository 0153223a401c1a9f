// Package web holds readout's web UI: HTML templates and static assets
// (embedded in the binary; nothing is fetched from elsewhere), the
// highlighting of an article's annotations, and the charts, which are
// drawn on the server as SVG.
//
// Every page goes through html/template, so article text and every other
// value from the store is escaped; the highlighter only splits text into
// pieces and never builds HTML itself.
//
// Imports: document, store and the standard library.
package web
