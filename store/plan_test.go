package store

import (
	"context"
	"slices"
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
			for _, d := range hq.PlanProblems(p) {
				t.Errorf("full scan or sort: %q in %q", d, p)
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
	// With a topic, the same walk: never every match of the topic, sorted.
	p = plan(t, s, whosaidTopicQuery, ftsAll("tariffs"), sample.PersonID, 10, 0)
	if len(p) == 0 || !strings.Contains(p[0], "USING INDEX quotes_person_published") {
		t.Errorf("whosaid about topic plan %q", p)
	}
	// A topic's first page walks the person's newest quotes, asking the
	// full-text index about each: never every match of a common word.
	p = plan(t, s, whosaidTopicWalkQuery, ftsAll("tariffs"), sample.PersonID, 10, 0, sample.Day.Unix())
	if len(p) == 0 || !strings.Contains(p[0], "USING INDEX quotes_person_published (person_id=? AND published_at>?)") {
		t.Errorf("whosaid about topic, walk plan %q", p)
	}
	// A leg's newest sources: a range of the (leg, date) index, whatever
	// the number of sources; articles read for those only.
	for _, q := range []string{legSourcesOfQuery(3), legSourcesBareQuery(3)} {
		p = plan(t, s, q, maxLegSources, 1, 2, 3)
		if !slices.Contains(p, "SEARCH ls USING COVERING INDEX leg_sources_leg_published (leg_id=? AND published_at>?)") {
			t.Errorf("leg sources plan %q", p)
		}
	}
	// Phrase search pages through the full-text matches in index order.
	p = plan(t, s, searchQuotesQuery, ftsPhrase("keep the pressure"), 10, 0)
	if len(p) == 0 || !strings.HasPrefix(p[0], "SCAN f VIRTUAL TABLE") {
		t.Errorf("phrase search plan %q", p)
	}
}

func TestPlanProblems(t *testing.T) {
	tests := []struct {
		name  string
		sorts bool
		plan  []string
		want  int
	}{
		{"table scan", false, []string{"SCAN quotes"}, 1},
		{"index scan", false, []string{"SCAN q USING INDEX quotes_person_published"}, 1},
		{"search", false, []string{"SEARCH q USING INDEX quotes_person_published (person_id=?)", "SEARCH a USING INTEGER PRIMARY KEY (rowid=?)"}, 0},
		{"full-text scan", false, []string{"SCAN f VIRTUAL TABLE INDEX 0:M1"}, 0},
		{"bounded subquery", true, []string{"CO-ROUTINE m", "SCAN articles_fts VIRTUAL TABLE INDEX 192:M2", "USE TEMP B-TREE FOR ORDER BY", "SCAN m"}, 0},
		{"materialized bounded subquery", false, []string{"MATERIALIZE l", "SEARCH legs USING INTEGER PRIMARY KEY (rowid=?)", "SCAN l",
			"SEARCH ls USING COVERING INDEX leg_sources_leg_published (leg_id=? AND published_at>?)"}, 0},
		{"sort", false, []string{"SEARCH q USING INDEX quotes_speaker_key (speaker_key>? AND speaker_key<?)", "USE TEMP B-TREE FOR ORDER BY"}, 1},
		{"scalar subqueries", false, []string{"SCAN CONSTANT ROW", "SCALAR SUBQUERY 1", "SEARCH articles USING COVERING INDEX articles_hash (hash=?)"}, 0},
		{"ordered walk", false, []string{"SCAN issues USING INDEX issues_latest"}, 0},
		{"covering scan", false, []string{"SCAN articles USING COVERING INDEX articles_published"}, 1},
	}
	for _, tt := range tests {
		if got := (HotQuery{Name: tt.name, Sorts: tt.sorts}).PlanProblems(tt.plan); len(got) != tt.want {
			t.Errorf("%s: problems %q, want %d", tt.name, got, tt.want)
		}
	}
}
