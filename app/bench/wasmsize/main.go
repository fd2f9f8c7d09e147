// Command wasmsize breaks a Go WebAssembly binary down by Go package: it
// reads the code section (the size of each function body) and the "name"
// custom section (the function names, absent when linked with -s), and
// sums the body sizes per package. `go tool nm` does not read wasm files.
//
// Given two files, it prints the packages of the first with their growth
// over the second (report vs hello world):
//
//	wasmsize -top 25 -pkgs report-deps.txt,hello-deps.txt report-syms.wasm hello-syms.wasm
//
// Output: Markdown table rows. Sizes are uncompressed bytes.
package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"sort"
	"strings"

	"idmreport/app/bench/internal/wasmname"
)

// known names the packages (-pkgs).
var known wasmname.Packages

// Breakdown is the size of one wasm binary.
type Breakdown struct {
	Total    int            // file size
	Sections map[string]int // section name -> bytes
	Pkg      map[string]int // Go package -> code bytes
	Funcs    map[string]int // function -> code bytes
}

func main() {
	top := flag.Int("top", 25, "packages to list")
	funcs := flag.Int("funcs", 0, "also list the N biggest functions of the first file")
	pkgs := flag.String("pkgs", "", "comma-separated files listing package paths (go list -deps), to name packages exactly")
	flag.Parse()
	var err error
	if known, err = wasmname.Load(*pkgs); err != nil {
		log.Fatal(err)
	}
	if flag.NArg() < 1 || flag.NArg() > 2 {
		log.Fatal("usage: wasmsize [-top N] [-funcs N] a.wasm [b.wasm]")
	}
	a, err := read(flag.Arg(0))
	if err != nil {
		log.Fatal(err)
	}
	b := &Breakdown{Sections: map[string]int{}, Pkg: map[string]int{}, Funcs: map[string]int{}}
	if flag.NArg() == 2 {
		if b, err = read(flag.Arg(1)); err != nil {
			log.Fatal(err)
		}
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()

	fmt.Fprintln(w, "| section | report | hello |")
	fmt.Fprintln(w, "|---|---:|---:|")
	for _, s := range []string{"code", "data", "name", "other"} {
		fmt.Fprintf(w, "| %s | %s | %s |\n", s, num(a.Sections[s]), num(b.Sections[s]))
	}
	fmt.Fprintf(w, "| **file** | %s | %s |\n\n", num(a.Total), num(b.Total))

	type row struct {
		pkg    string
		size   int
		growth int
	}
	var rows []row
	for p, n := range a.Pkg {
		rows = append(rows, row{p, n, n - b.Pkg[p]})
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].growth != rows[j].growth {
			return rows[i].growth > rows[j].growth
		}
		return rows[i].pkg < rows[j].pkg
	})
	fmt.Fprintln(w, "| package (by code growth over hello) | report code | hello code | growth |")
	fmt.Fprintln(w, "|---|---:|---:|---:|")
	for i, r := range rows {
		if i == *top {
			break
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s |\n", r.pkg, num(r.size), num(b.Pkg[r.pkg]), signed(r.growth))
	}
	if *funcs > 0 {
		type fn struct {
			name string
			size int
		}
		var fs []fn
		for f, n := range a.Funcs {
			fs = append(fs, fn{f, n})
		}
		sort.Slice(fs, func(i, j int) bool { return fs[i].size > fs[j].size })
		fmt.Fprintln(w, "\n| biggest functions (report) | code bytes |")
		fmt.Fprintln(w, "|---|---:|")
		for i, f := range fs {
			if i == *funcs {
				break
			}
			fmt.Fprintf(w, "| `%s` | %s |\n", f.name, num(f.size))
		}
	}
}

// read parses the wasm file name.
func read(name string) (*Breakdown, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	if len(data) < 8 || !bytes.Equal(data[:4], []byte("\x00asm")) {
		return nil, fmt.Errorf("%s: not a wasm file", name)
	}
	bd := &Breakdown{Total: len(data), Sections: map[string]int{}, Pkg: map[string]int{}, Funcs: map[string]int{}}
	r := bytes.NewReader(data[8:])
	var imported int // imported functions come first in the index space
	var bodies []int // code body sizes, by defined-function order
	names := map[int]string{}
	for r.Len() > 0 {
		id, _ := r.ReadByte()
		size, err := uleb(r)
		if err != nil {
			return nil, err
		}
		start := len(data) - 8 - r.Len()
		sec := data[8+start : 8+start+int(size)]
		r.Seek(int64(size), io.SeekCurrent)
		hdr := int(size) + 1 + lebLen(size)
		switch id {
		case 0:
			sr := bytes.NewReader(sec)
			n, _ := uleb(sr)
			nm := make([]byte, n)
			io.ReadFull(sr, nm)
			if string(nm) == "name" {
				bd.Sections["name"] += hdr
				if err := readNames(sr, names); err != nil {
					return nil, fmt.Errorf("%s: name section: %w", name, err)
				}
			} else {
				bd.Sections["other"] += hdr
			}
		case 2: // import
			bd.Sections["other"] += hdr
			sr := bytes.NewReader(sec)
			n, _ := uleb(sr)
			for range n {
				skipName(sr)
				skipName(sr)
				kind, _ := sr.ReadByte()
				switch kind {
				case 0:
					imported++
					uleb(sr)
				case 1: // table: reftype, limits
					sr.ReadByte()
					skipLimits(sr)
				case 2:
					skipLimits(sr)
				case 3:
					sr.ReadByte()
					sr.ReadByte()
				}
			}
		case 10: // code
			bd.Sections["code"] += hdr
			sr := bytes.NewReader(sec)
			n, _ := uleb(sr)
			for range n {
				sz, err := uleb(sr)
				if err != nil {
					return nil, err
				}
				bodies = append(bodies, int(sz)+lebLen(sz))
				sr.Seek(int64(sz), io.SeekCurrent)
			}
		case 11:
			bd.Sections["data"] += hdr
		default:
			bd.Sections["other"] += hdr
		}
	}
	for i, sz := range bodies {
		fn := names[imported+i]
		if fn == "" {
			fn = "(unnamed: link without -s to get names)"
		}
		bd.Funcs[fn] += sz
		bd.Pkg[known.Of(fn)] += sz
	}
	return bd, nil
}

// readNames reads the function-names subsection of a "name" section.
func readNames(r *bytes.Reader, names map[int]string) error {
	for r.Len() > 0 {
		id, _ := r.ReadByte()
		size, err := uleb(r)
		if err != nil {
			return err
		}
		if id != 1 {
			r.Seek(int64(size), io.SeekCurrent)
			continue
		}
		n, _ := uleb(r)
		for range n {
			idx, _ := uleb(r)
			l, _ := uleb(r)
			b := make([]byte, l)
			if _, err := io.ReadFull(r, b); err != nil {
				return err
			}
			names[int(idx)] = string(b)
		}
	}
	return nil
}

func uleb(r *bytes.Reader) (uint64, error) {
	v, err := binary.ReadUvarint(r)
	if err != nil {
		return 0, errors.New("truncated wasm")
	}
	return v, nil
}

func lebLen(v uint64) int {
	n := 1
	for v >= 0x80 {
		v >>= 7
		n++
	}
	return n
}

func skipName(r *bytes.Reader) {
	n, _ := uleb(r)
	r.Seek(int64(n), io.SeekCurrent)
}

func skipLimits(r *bytes.Reader) {
	flags, _ := r.ReadByte()
	uleb(r)
	if flags&1 != 0 {
		uleb(r)
	}
}

// signed formats n with a sign and thousands separators.
func signed(n int) string {
	if n >= 0 {
		return "+" + num(n)
	}
	return num(n)
}

// num formats n with thousands separators.
func num(n int) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
