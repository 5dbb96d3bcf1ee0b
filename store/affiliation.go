package store

import "strings"

// affiliationOnly reports whether a role names only the body a person
// speaks for, as wire copy gives it after the name ("Ann Ode, of the
// nurses' union, said"), and no office.
func affiliationOnly(role string) bool {
	return strings.HasPrefix(role, "of ")
}
