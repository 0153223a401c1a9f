package server

import (
	"encoding/json"
	"fmt"
	"net/http"
)

// Error is an API error: an HTTP status, a stable machine-readable code and
// a message for people.
type Error struct {
	Status  int    `json:"-"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return e.Code + ": " + e.Message }

func errorf(status int, code, format string, args ...any) *Error {
	return &Error{Status: status, Code: code, Message: fmt.Sprintf(format, args...)}
}

func badRequest(format string, args ...any) *Error {
	return errorf(http.StatusBadRequest, "bad_request", format, args...)
}

func notFound(format string, args ...any) *Error {
	return errorf(http.StatusNotFound, "not_found", format, args...)
}

func tooLarge(limit int64) *Error {
	return errorf(http.StatusRequestEntityTooLarge, "body_too_large", "request body is larger than %d bytes", limit)
}

// envelope is the JSON body of every error response.
type envelope struct {
	Error *Error `json:"error"`
}

// writeError writes err in the envelope; errors that are not *Error are
// internal and their text is logged, not shown.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	e, ok := err.(*Error)
	if !ok {
		s.logf("%s %s: %v", r.Method, r.URL.Path, err)
		e = errorf(http.StatusInternalServerError, "internal", "internal error")
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if e.Status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="readout"`)
	}
	w.WriteHeader(e.Status)
	json.NewEncoder(w).Encode(envelope{e})
}
