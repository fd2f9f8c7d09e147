// Package wasmname maps the function names of a Go WebAssembly binary (its
// "name" section, also what V8's profiler reports) back to Go packages.
//
// Go's linker writes wasm names with every byte other than letters, digits,
// "." and "_" replaced by "_": "github.com/x/go-y.(*T).M" becomes
// "github.com_x_go_y.__T_.M".
package wasmname

import (
	"os"
	"regexp"
	"strings"
)

// Packages maps mangled package paths to real ones.
type Packages map[string]string

var unsafeRe = regexp.MustCompile(`[^A-Za-z0-9._]`)

// Mangle returns a package path as it appears in wasm names.
func Mangle(pkg string) string { return unsafeRe.ReplaceAllString(pkg, "_") }

// Load reads files listing package paths (go list -deps output), in a
// comma-separated list; empty names are skipped.
func Load(files string) (Packages, error) {
	p := Packages{}
	for _, f := range strings.Split(files, ",") {
		if f == "" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		for _, path := range strings.Fields(string(b)) {
			p[Mangle(path)] = path
		}
	}
	return p, nil
}

// Of returns the Go package of a wasm function name: the longest known
// package that prefixes it, else the text before the first ".", with "_"
// shown as "/". Compiler-generated functions (type equality and hash
// functions, wrappers) give "(compiler-generated)".
func (p Packages) Of(sym string) string {
	sym = strings.TrimPrefix(sym, "$")
	for _, pre := range []string{"type:", "type_", "go:", "go_", "_"} {
		if strings.HasPrefix(sym, pre) {
			return "(compiler-generated)"
		}
	}
	best := ""
	for m := range p {
		if len(m) > len(best) && strings.HasPrefix(sym, m+".") {
			best = m
		}
	}
	if best != "" {
		return p[best]
	}
	i := strings.IndexByte(sym, '.')
	if i < 0 {
		return "runtime (assembly)" // memeqbody, wasm_pc_f_loop, gcWriteBarrier…
	}
	return strings.ReplaceAll(sym[:i], "_", "/")
}

// Pretty returns a wasm function name with its package path restored and
// a leading pointer receiver "__T_." shown as "(*T).":
// "github.com_x_go_y.__T_.M" gives "github.com/x/go-y.(*T).M".
func (p Packages) Pretty(sym string) string {
	sym = strings.TrimPrefix(sym, "$")
	best := ""
	for m := range p {
		if len(m) > len(best) && strings.HasPrefix(sym, m+".") {
			best = m
		}
	}
	if best == "" {
		return sym
	}
	rest := sym[len(best)+1:]
	if strings.HasPrefix(rest, "__") {
		if i := strings.Index(rest[2:], "_."); i > 0 {
			rest = "(*" + rest[2:2+i] + ")" + rest[2+i+1:]
		}
	}
	return p[best] + "." + rest
}
