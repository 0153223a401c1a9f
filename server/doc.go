// Package server is readout's HTTP service: the JSON API documented in
// openapi.yaml and the web UI whose pages and assets come from package web.
//
// API handlers are functions that return data or a typed *Error; one
// wrapper writes every response, so all errors share one JSON envelope
// {"error": {"code": ..., "message": ...}} and one mapping to HTTP status.
// Query parameters are checked by name: an unknown one is a 400. Bodies
// are limited in size (413 beyond it). POST requests carry the token when
// one is configured, and are refused when they come from another site's
// page (Origin check).
//
// Imports: document, format, store, web and the standard library.
package server
