package lazyre

import (
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
)

func TestLazy(t *testing.T) {
	re := New(`(?i)\bsaid\s+(\w+)`)
	if got := re.String(); got != `(?i)\bsaid\s+(\w+)` {
		t.Errorf("String() = %q", got)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if m := re.FindStringSubmatch("Then SAID Ana."); len(m) != 2 || m[1] != "Ana" {
				t.Errorf("FindStringSubmatch = %q", m)
			}
		})
	}
	wg.Wait()
	first := re.Regexp()
	if re.Regexp() != first {
		t.Error("compiled twice")
	}
}

// TestExpressions compiles every expression of the module given to New
// whose text is a constant, so that a bad one fails here as
// regexp.MustCompile at init used to fail every command.
func TestExpressions(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Skip("module root not found:", err)
	}
	pkgs := map[string][]string{} // directory -> its non-test Go files
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go") {
			pkgs[filepath.Dir(p)] = append(pkgs[filepath.Dir(p)], p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var compiled, other int
	for dir, files := range pkgs {
		fset := token.NewFileSet()
		var asts []*ast.File
		for _, f := range files {
			a, err := parser.ParseFile(fset, f, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			asts = append(asts, a)
		}
		// Imports are stubbed and type errors ignored: only the constant
		// values of expressions built from the package's own constants
		// are wanted.
		conf := types.Config{Importer: stubImporter{}, Error: func(error) {}}
		info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}}
		conf.Check(dir, fset, asts, info) // errors are expected from the stubs
		for _, a := range asts {
			ast.Inspect(a, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) != 1 {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok || sel.Sel.Name != "New" {
					return true
				}
				if id, ok := sel.X.(*ast.Ident); !ok || id.Name != "lazyre" {
					return true
				}
				tv := info.Types[call.Args[0]]
				if tv.Value == nil || tv.Value.Kind() != constant.String {
					other++
					t.Logf("%s: not a constant, left to the tests that use it", fset.Position(call.Pos()))
					return true
				}
				compiled++
				if _, err := regexp.Compile(constant.StringVal(tv.Value)); err != nil {
					t.Errorf("%s: %v", fset.Position(call.Pos()), err)
				}
				return true
			})
		}
	}
	if compiled == 0 {
		t.Error("no expressions found")
	}
	t.Logf("%d expressions compiled, %d not constant", compiled, other)
}

type stubImporter struct{}

func (stubImporter) Import(p string) (*types.Package, error) {
	pkg := types.NewPackage(p, path.Base(p))
	pkg.MarkComplete()
	return pkg, nil
}
