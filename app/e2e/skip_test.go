package e2e

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestEveryTestSkips proves IDM_E2E=0 reaches every test of the package:
// each Test function (but TestMain and this one, which need no browser)
// starts with requireE2E(t).
func TestEveryTestSkips(t *testing.T) {
	files, err := filepath.Glob("*_test.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test files: %v", err)
	}
	fset := token.NewFileSet()
	checked := 0
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Recv != nil || !strings.HasPrefix(fn.Name.Name, "Test") ||
				fn.Name.Name == "TestMain" || fn.Name.Name == "TestEveryTestSkips" {
				continue
			}
			checked++
			if !startsWithSkip(fn.Body) {
				t.Errorf("%s: %s does not start with requireE2E(t)", fset.Position(fn.Pos()), fn.Name.Name)
			}
		}
	}
	if checked < 10 {
		t.Errorf("checked %d tests only: the file pattern misses the package", checked)
	}
}

// startsWithSkip reports whether body's first statement is requireE2E(t).
func startsWithSkip(body *ast.BlockStmt) bool {
	if body == nil || len(body.List) == 0 {
		return false
	}
	st, ok := body.List[0].(*ast.ExprStmt)
	if !ok {
		return false
	}
	call, ok := st.X.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return false
	}
	fun, ok := call.Fun.(*ast.Ident)
	arg, ok2 := call.Args[0].(*ast.Ident)
	return ok && ok2 && fun.Name == "requireE2E" && arg.Name == "t"
}
