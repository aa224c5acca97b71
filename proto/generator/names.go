package main

import (
	"strings"
	"unicode"
)

// snake converts a Go identifier to lower_snake_case the way the contract names fields:
// CreateAt → create_at, UserId → user_id, ID → id, IPAddress → ip_address,
// APIMuxId → api_mux_id, teamID → team_id, EnableSHA256 → enable_sha256.
func snake(s string) string {
	// compound words that read as one: OAuthApp → oauth_app, not o_auth_app.
	s = strings.ReplaceAll(s, "OAuth", "Oauth")
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		if unicode.IsUpper(r) {
			if i > 0 {
				prev := rs[i-1]
				nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
				// a plural acronym keeps its s: userIDs → user_ids, URLs → urls.
				if nextLower && rs[i+1] == 's' && (i+2 == len(rs) || !unicode.IsLower(rs[i+2])) {
					nextLower = false
				}
				// a new word starts at lower→Upper, digit→Upper, or at the last capital
				// of an acronym that is followed by a lower-case letter (HTTPRequest → http_request).
				if unicode.IsLower(prev) || unicode.IsDigit(prev) || (unicode.IsUpper(prev) && nextLower) {
					b.WriteByte('_')
				}
			}
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		if r == '_' || r == '-' || r == ' ' || r == '.' {
			if b.Len() > 0 && !strings.HasSuffix(b.String(), "_") {
				b.WriteByte('_')
			}
			continue
		}
		b.WriteRune(r)
	}
	out := strings.Trim(b.String(), "_")
	if out == "" {
		out = "field"
	}
	if unicode.IsDigit([]rune(out)[0]) {
		out = "f_" + out
	}
	return out
}

// pascal converts a snake or mixed identifier to PascalCase with acronyms kept as written
// by the first letter only: "url" → "Url", "saml2" → "Saml2", "http" → "Http".
func pascal(s string) string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == '-' || r == '.' || r == ' ' })
	var b strings.Builder
	for _, p := range parts {
		rs := []rune(p)
		rs[0] = unicode.ToUpper(rs[0])
		b.WriteString(string(rs))
	}
	return b.String()
}

// lowerCamel is how protoc derives a field's json_name; two fields whose json names collide
// are rejected by protoc/buf, so the generator checks both spellings.
func lowerCamel(snakeName string) string {
	var b strings.Builder
	up := false
	for _, r := range snakeName {
		if r == '_' {
			up = true
			continue
		}
		if up {
			b.WriteRune(unicode.ToUpper(r))
			up = false
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// plural makes a snake_case noun plural for repeated response fields (post → posts).
func plural(s string) string {
	switch {
	case s == "":
		return "values"
	case strings.HasSuffix(s, "data"):
		return s
	case strings.HasSuffix(s, "info"):
		return s + "s"
	case strings.HasSuffix(s, "ss"), strings.HasSuffix(s, "us"), strings.HasSuffix(s, "x"), strings.HasSuffix(s, "ch"), strings.HasSuffix(s, "sh"):
		return s + "es"
	case strings.HasSuffix(s, "s"): // already plural (SidebarCategoryWithChannels)
		return s + "_list"
	case strings.HasSuffix(s, "y") && len(s) > 1 && !strings.ContainsRune("aeiou", rune(s[len(s)-2])):
		return s[:len(s)-1] + "ies"
	}
	return s + "s"
}

// uniqueName returns name, or name_2, name_3, … so that neither the name nor its json form
// collides with one already taken.
func uniqueName(name string, taken map[string]bool) string {
	cand := name
	for i := 2; taken[cand] || taken["json:"+lowerCamel(cand)]; i++ {
		cand = name + "_" + itoa(i)
	}
	taken[cand] = true
	taken["json:"+lowerCamel(cand)] = true
	return cand
}

func itoa(i int) string {
	const digits = "0123456789"
	if i < 10 {
		return digits[i : i+1]
	}
	return itoa(i/10) + digits[i%10:i%10+1]
}
