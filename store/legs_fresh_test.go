package store

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// LegFilter.UndatedSince: undated legs reported in the window, and
// called-off ones however old; dated legs as before.
func TestLegsUndatedReportedInWindow(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	trip := func(who, place, date, status, evidence string) newsbot.Trip {
		return newsbot.Trip{Traveler: who, Place: place, Date: date, Status: status, Evidence: evidence}
	}
	mustSave(t, s,
		travel("https://wire.example/tamm-riga", day("2026-11-10"),
			trip("Piret Tamm", "Riga", "2026-11-29", newsbot.StatusScheduled, "Tamm will be in Riga on 29 November."),
			trip("Piret Tamm", "Vilnius", "", newsbot.StatusScheduled, "A visit to Vilnius is also planned.")),
		travel("https://wire.example/tamm-tartu", day("2026-11-13"),
			trip("Piret Tamm", "Tartu", "", newsbot.StatusScheduled, "Tamm hopes to stop in Tartu.")),
		travel("https://wire.example/ots-oslo", day("2026-09-01"),
			trip("Kaja Ots", "Oslo", "", newsbot.StatusScheduled, "Ots will travel to Oslo for the energy talks.")),
		// Told again in the window: the old plan is news again.
		travel("https://wire.example/ots-oslo-2", day("2026-11-20"),
			trip("Kaja Ots", "Oslo", "", newsbot.StatusScheduled, "Ots still plans to go to Oslo.")),
		travel("https://wire.example/ots-bergen", day("2026-08-15"),
			trip("Kaja Ots", "Bergen", "", newsbot.StatusCancelled, "Ots has called off her visit to Bergen.")),
		// Reported only after the window.
		travel("https://wire.example/tamm-parnu", day("2026-12-02"),
			trip("Piret Tamm", "Parnu", "", newsbot.StatusScheduled, "Tamm will visit Parnu.")),
	)
	f := newsbot.LegFilter{From: day("2026-10-27"), To: day("2026-12-04"), IncludeUndated: true,
		UndatedSince: day("2026-11-13"), UndatedUntil: day("2026-11-28")}
	for _, list := range []struct {
		name string
		legs func(context.Context, newsbot.LegFilter) ([]newsbot.Leg, error)
	}{{"Legs", s.Legs}, {"LegsBare", s.LegsBare}} {
		got, err := list.legs(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		// Dated first, then undated in id order: Tartu (13 Nov, the
		// window's first day), Oslo (told again on 20 Nov), Bergen
		// (called off in August). Vilnius (10 Nov) and Parnu (2 Dec) are
		// out.
		want := []string{"Piret Tamm@Riga@2026-11-29/scheduled/1", "Piret Tamm@Tartu@undated/scheduled/1",
			"Kaja Ots@Oslo@undated/scheduled/2", "Kaja Ots@Bergen@undated/cancelled/1"}
		if g := legSummary(got); !slices.Equal(g, want) {
			t.Errorf("%s: %q, want %q", list.name, g, want)
		}
	}
	// Without the window, every undated leg, as before.
	f.UndatedSince, f.UndatedUntil = time.Time{}, time.Time{}
	all, err := s.Legs(ctx, f)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 6 {
		t.Errorf("no window: %q, want the dated leg and five undated", legSummary(all))
	}
	// A limit holds across both reads, the lowest ids kept.
	f.UndatedSince, f.UndatedUntil, f.Limit = day("2026-11-13"), day("2026-11-28"), 2
	got, err := s.Legs(ctx, f)
	if err != nil {
		t.Fatal(err)
	}
	if g, want := legSummary(got), []string{"Piret Tamm@Riga@2026-11-29/scheduled/1", "Piret Tamm@Tartu@undated/scheduled/1"}; !slices.Equal(g, want) {
		t.Errorf("limit 2: %q, want %q", g, want)
	}
}

// Migration 0008 adds its two indexes to a database made before it, with
// every leg and source kept.
func TestMigrationLegsUndatedIndexes(t *testing.T) {
	ctx := context.Background()
	db := openRaw(t, filepath.Join(t.TempDir(), "news.db"))
	migrateBelow(t, db, 8)
	for _, q := range []string{
		`INSERT INTO articles(id, published_at, ingested_at, hash, text) VALUES
			(1, 1763164800, 1763164800, 'h1', 'Tamm hopes to stop in Tartu.'),
			(2, 1756684800, 1756684800, 'h2', 'Ots has called off her visit to Bergen.')`,
		`INSERT INTO legs(id, traveler, place, place_key, status, info_published) VALUES
			(1, 'Piret Tamm', 'Tartu', 'tartu', 'scheduled', 1763164800), (2, 'Kaja Ots', 'Bergen', 'bergen', 'cancelled', 1756684800)`,
		`INSERT INTO leg_sources(leg_id, article_id, published_at) VALUES (1, 1, 1763164800), (2, 2, 1756684800)`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if err := migrate(ctx, db, migrationFS); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE type = 'index'
		AND name IN ('leg_sources_published', 'legs_undated_cancelled')`).Scan(&n); err != nil || n != 2 {
		t.Fatalf("indexes after 0008: %d %v", n, err)
	}
	var legs, sources int
	if err := db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM legs), (SELECT count(*) FROM leg_sources)`).Scan(&legs, &sources); err != nil ||
		legs != 2 || sources != 2 {
		t.Errorf("rows after 0008: %d legs, %d sources, %v", legs, sources, err)
	}
	for _, q := range []struct {
		sql  string
		args []any
		want int64
	}{
		{undatedReportedQuery(0), []any{1763078400, 1764288000, 10}, 1},
		{undatedCancelledQuery(0), []any{10}, 2},
	} {
		var id int64
		if err := db.QueryRowContext(ctx, `SELECT id FROM (`+q.sql+`)`, q.args...).Scan(&id); err != nil || id != q.want {
			t.Errorf("%s: leg %d %v, want %d", q.sql, id, err, q.want)
		}
	}
}
