package server

import (
	"crypto/subtle"
	"net/http"
	"strings"
)

// tokenOK reports whether the request carries the token as a bearer
// token or, when form is set (the web UI's forms), as the form field
// "token".
func tokenOK(r *http.Request, token string, form bool) bool {
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok && form {
		got = r.PostFormValue("token")
	}
	return subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(token)) == 1
}
