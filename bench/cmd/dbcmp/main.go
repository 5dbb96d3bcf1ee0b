// Command dbcmp compares what two databases built by `bot ingest` from the
// same input store: every table's rows both ways (SQL EXCEPT; the clock
// columns ingested_at and updated_at left out) and both full-text indexes
// at instance level (fts5vocab: term, row, column, offset). A speed change
// must leave all of it identical:
//
//	go run ./bench/cmd/dbcmp A.db B.db
//
// It prints one line per table and exits 1 when any row differs. Only the
// full-text queue's pruning point (fts_meta.pruned, which follows the index
// worker's timing) and fts_pending may differ between runs of one binary.
package main

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"strings"

	_ "modernc.org/sqlite"
)

// tables are the stored tables and the columns compared (nil: all but the
// clock columns).
var tables = []string{"articles", "people", "person_aliases", "quotes", "legs", "leg_sources",
	"issues", "issue_terms", "issue_articles", "issue_quotes"}

// clock columns hold the time of the run, not what it derived.
var clock = map[string]bool{"ingested_at": true, "updated_at": true}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: dbcmp A.db B.db")
		os.Exit(2)
	}
	same, err := compare(context.Background(), os.Args[1], os.Args[2], os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "dbcmp:", err)
		os.Exit(2)
	}
	if !same {
		os.Exit(1)
	}
}

func compare(ctx context.Context, a, b string, out io.Writer) (bool, error) {
	same := true
	// The main files, then the full-text index files (store.FullTextPath).
	for _, pair := range [][2]string{{a, b}, {a + ".fts", b + ".fts"}} {
		db, err := sql.Open("sqlite", "file:"+pair[0]+"?mode=ro")
		if err != nil {
			return false, err
		}
		db.SetMaxOpenConns(1)
		ok, err := comparePair(ctx, db, pair[1], pair[0] == a, out)
		db.Close()
		if err != nil {
			return false, fmt.Errorf("%s: %w", pair[0], err)
		}
		same = same && ok
	}
	return same, nil
}

func comparePair(ctx context.Context, db *sql.DB, other string, main bool, out io.Writer) (bool, error) {
	if _, err := db.ExecContext(ctx, `ATTACH DATABASE ? AS b`, "file:"+other+"?mode=ro"); err != nil {
		return false, err
	}
	same := true
	report := func(name, q string) error {
		var x, y, n int
		if err := db.QueryRowContext(ctx, q).Scan(&x, &y, &n); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		fmt.Fprintf(out, "%s: %d only in A, %d only in B, of %d\n", name, x, y, n)
		same = same && x == 0 && y == 0
		return nil
	}
	both := func(a, b string) string {
		return `SELECT (SELECT count(*) FROM (` + a + ` EXCEPT ` + b + `)), (SELECT count(*) FROM (` + b + ` EXCEPT ` + a + `)), (SELECT count(*) FROM (` + a + `))`
	}
	if !main {
		for _, t := range []string{"articles_fts", "quotes_fts"} {
			for _, s := range []string{"main", "b"} {
				if _, err := db.ExecContext(ctx, `CREATE VIRTUAL TABLE temp.v_`+s+`_`+t+` USING fts5vocab(`+s+`, `+t+`, instance)`); err != nil {
					return false, fmt.Errorf("%s: %w", t, err)
				}
			}
			if err := report(t, both(`SELECT * FROM temp.v_main_`+t, `SELECT * FROM temp.v_b_`+t)); err != nil {
				return false, err
			}
		}
		return same, nil
	}
	for _, t := range tables {
		rows, err := db.QueryContext(ctx, `SELECT name FROM pragma_table_info(?)`, t)
		if err != nil {
			return false, fmt.Errorf("%s: %w", t, err)
		}
		var cols []string
		for rows.Next() {
			var c string
			if err := rows.Scan(&c); err != nil {
				rows.Close()
				return false, fmt.Errorf("%s: %w", t, err)
			}
			if !clock[c] {
				cols = append(cols, `"`+c+`"`)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return false, fmt.Errorf("%s: %w", t, err)
		}
		if len(cols) == 0 {
			return false, fmt.Errorf("%s: no such table", t)
		}
		c := strings.Join(cols, ", ")
		if err := report(t, both(`SELECT `+c+` FROM main.`+t, `SELECT `+c+` FROM b.`+t)); err != nil {
			return false, err
		}
	}
	return same, nil
}
