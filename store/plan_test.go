package store

import (
	"context"
	"strings"
	"testing"
)

// scaleStats makes the planner believe the database is archive-sized
// (about 1M articles and 3M quotes): ANALYZE a small synthetic database,
// multiply every row count in sqlite_stat1, and reload the statistics.
func scaleStats(t *testing.T, s *Store, factor int) {
	t.Helper()
	if _, err := s.w.Exec(`ANALYZE`); err != nil {
		t.Fatal(err)
	}
	rows, err := s.w.Query(`SELECT tbl, coalesce(idx, ''), stat FROM sqlite_stat1`)
	if err != nil {
		t.Fatal(err)
	}
	type stat struct{ tbl, idx, stat string }
	var stats []stat
	for rows.Next() {
		var st stat
		if err := rows.Scan(&st.tbl, &st.idx, &st.stat); err != nil {
			t.Fatal(err)
		}
		stats = append(stats, st)
	}
	rows.Close()
	for _, st := range stats {
		f := strings.Fields(st.stat)
		var n int
		for _, c := range f[0] {
			n = n*10 + int(c-'0')
		}
		f[0] = itoaBig(n * factor)
		if _, err := s.w.Exec(`UPDATE sqlite_stat1 SET stat = ? WHERE tbl = ? AND coalesce(idx, '') = ?`,
			strings.Join(f, " "), st.tbl, st.idx); err != nil {
			t.Fatal(err)
		}
	}
	// Stats are read when a connection loads the schema: reload on the
	// writer, and drop pooled readers so they load afresh.
	if _, err := s.w.Exec(`ANALYZE sqlite_schema`); err != nil {
		t.Fatal(err)
	}
	s.r.SetMaxIdleConns(0)
	s.r.SetMaxIdleConns(ReadPoolSize)
}

func itoaBig(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func plan(t *testing.T, s *Store, q string, args ...any) []string {
	t.Helper()
	rows, err := s.r.QueryContext(context.Background(), "EXPLAIN QUERY PLAN "+q, args...)
	if err != nil {
		t.Fatalf("explain %s: %v", q, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		out = append(out, detail)
	}
	return out
}

func TestHotQueryPlans(t *testing.T) {
	s := openTest(t)
	mustSave(t, s, synthBatch(0, 400)...)
	scaleStats(t, s, 2500) // 400 → 1,000,000 articles; 1,200 → 3,000,000 quotes

	ctx := context.Background()
	ps, err := s.FindPeople(ctx, "Amira Okonkwo", 1)
	if err != nil || len(ps) != 1 {
		t.Fatalf("find: %v %v", ps, err)
	}
	sample := HotSample{PersonID: ps[0].ID, LegID: 1, IssueID: 1, Name: "Amira Okonkwo", Surname: "Okonkwo",
		Word: "tariffs", Phrase: "keep the pressure", Day: day("2026-01-06")}
	for _, hq := range HotQueries(sample) {
		t.Run(hq.Name, func(t *testing.T) {
			p := plan(t, s, hq.SQL, hq.Args...)
			bounded := map[string]bool{} // subqueries with a LIMIT: scanning their rows is fine
			for _, d := range p {
				if name, ok := strings.CutPrefix(d, "CO-ROUTINE "); ok {
					bounded[name] = true
				}
			}
			for _, d := range p {
				f := strings.Fields(d)
				// The one full listing walks its index from the newest and
				// stops at the limit: a SCAN in order, never a sort.
				walk := f[0] == "SCAN" && strings.Contains(d, "USING INDEX issues_latest")
				if f[0] == "SCAN" && !bounded[f[1]] && !strings.Contains(d, "VIRTUAL TABLE") && !walk {
					t.Errorf("full scan: %q in %q", d, p)
				}
				if !hq.Sorts && strings.Contains(d, "TEMP B-TREE") {
					t.Errorf("sort: %q in %q", d, p)
				}
			}
			if testing.Verbose() {
				t.Logf("%q", p)
			}
		})
	}
	// The whosaid query must be one ordered index walk: the requirement
	// behind the /whosaid latency target.
	p := plan(t, s, whosaidQuery, sample.PersonID, 10, 0)
	if len(p) == 0 || !strings.Contains(p[0], "USING INDEX quotes_person_published") {
		t.Errorf("whosaid plan %q", p)
	}
}
