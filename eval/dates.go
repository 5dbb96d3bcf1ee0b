package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/timex"
)

// dateDoc is one line of the TempEval-3 JSON-lines file.
type dateDoc struct {
	ID      string          `json:"id"`
	DCT     string          `json:"dct"`
	Text    string          `json:"text"`
	Timexes []newsbot.Timex `json:"timexes"`
}

// DateScore holds TempEval-3 style figures for one class of expressions.
type DateScore struct {
	Gold, Pred       int // expressions in the class
	GoldHit, PredHit int // gold found by an overlapping prediction; predictions overlapping a gold one
	ValueOK          int // matched gold whose best-overlapping prediction has the same value
	TypeOK           int // matched gold whose best-overlapping prediction has the same type
}

// Precision is the share of predictions that overlap a gold expression.
func (s DateScore) Precision() float64 { return dateRatio(s.PredHit, s.Pred) }

// Recall is the share of gold expressions overlapped by a prediction.
func (s DateScore) Recall() float64 { return dateRatio(s.GoldHit, s.Gold) }

// F1 is the relaxed span F1.
func (s DateScore) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// ValueAccuracy is the share of matched gold expressions normalised right.
func (s DateScore) ValueAccuracy() float64 { return dateRatio(s.ValueOK, s.GoldHit) }

// ValueF1 is TempEval-3's value F1: right values over predictions and over
// gold, combined (the figure HeidelTime's 0.776 refers to).
func (s DateScore) ValueF1() float64 {
	p, r := dateRatio(s.ValueOK, s.Pred), dateRatio(s.ValueOK, s.Gold)
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// TypeAccuracy is the share of matched gold expressions typed right.
func (s DateScore) TypeAccuracy() float64 { return dateRatio(s.TypeOK, s.GoldHit) }

func dateRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// DateReport is the outcome of scoring the tagger on a TempEval-3 file.
type DateReport struct {
	Docs     int
	DateTime DateScore // gold DATE/TIME for recall, predicted DATE/TIME for precision
	Overall  DateScore // every type
	Errors   []string  // misses, spurious predictions and wrong values, for error analysis
}

// ScoreDates tags every document of the TempEval-3 JSON-lines file at path
// and scores it. Matching is relaxed (any overlap, TempEval-3 style) and
// type-agnostic; a class restricts gold by its gold type for recall and value
// accuracy, and predictions by their predicted type for precision.
func ScoreDates(ctx context.Context, path string) (DateReport, error) {
	var rep DateReport
	f, err := os.Open(path)
	if err != nil {
		return rep, fmt.Errorf("open timex gold: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<26)
	line := 0
	for sc.Scan() {
		line++
		if err := ctx.Err(); err != nil {
			return rep, fmt.Errorf("score dates: %w", err)
		}
		if len(sc.Bytes()) == 0 {
			continue
		}
		var d dateDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return rep, fmt.Errorf("timex gold line %d: %w", line, err)
		}
		dct, err := time.Parse("2006-01-02", d.DCT)
		if err != nil {
			return rep, fmt.Errorf("timex gold %s: dct: %w", d.ID, err)
		}
		rep.Docs++
		pred := timex.Tag(d.Text, dct)
		dateScoreDoc(&rep, d, pred)
	}
	if err := sc.Err(); err != nil {
		return rep, fmt.Errorf("read timex gold: %w", err)
	}
	return rep, nil
}

func dateIsDT(typ string) bool { return typ == "DATE" || typ == "TIME" }

func dateOverlap(a, b newsbot.Timex) int {
	lo, hi := max(a.Start, b.Start), min(a.End, b.End)
	return hi - lo
}

func dateScoreDoc(rep *DateReport, d dateDoc, pred []newsbot.Timex) {
	for _, g := range d.Timexes {
		best, bestOv := -1, 0
		for k, p := range pred {
			if ov := dateOverlap(g, p); ov > bestOv {
				best, bestOv = k, ov
			}
		}
		classes := []*DateScore{&rep.Overall}
		if dateIsDT(g.Type) {
			classes = append(classes, &rep.DateTime)
		}
		for _, s := range classes {
			s.Gold++
			if best >= 0 {
				s.GoldHit++
				if pred[best].Value == g.Value {
					s.ValueOK++
				}
				if pred[best].Type == g.Type {
					s.TypeOK++
				}
			}
		}
		switch {
		case best < 0:
			rep.Errors = append(rep.Errors, fmt.Sprintf("%s miss   %-9s %-22q %s", d.ID, g.Type, g.Text, g.Value))
		case pred[best].Value != g.Value:
			rep.Errors = append(rep.Errors, fmt.Sprintf("%s value  %-9s %-22q gold %s, got %s (%q %s)", d.ID, g.Type, g.Text, g.Value, pred[best].Value, pred[best].Text, pred[best].Type))
		}
	}
	for _, p := range pred {
		hit := false
		for _, g := range d.Timexes {
			if dateOverlap(g, p) > 0 {
				hit = true
				break
			}
		}
		classes := []*DateScore{&rep.Overall}
		if dateIsDT(p.Type) {
			classes = append(classes, &rep.DateTime)
		}
		for _, s := range classes {
			s.Pred++
			if hit {
				s.PredHit++
			}
		}
		if !hit {
			rep.Errors = append(rep.Errors, fmt.Sprintf("%s extra  %-9s %-22q %s", d.ID, p.Type, p.Text, p.Value))
		}
	}
}

// Dates scores the temporal tagger on the TempEval-3 file at path (relaxed
// span F1 and value accuracy, for DATE/TIME and overall) and prints the
// figures, then the errors, to w.
func Dates(ctx context.Context, path string, w io.Writer) error {
	rep, err := ScoreDates(ctx, path)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "TempEval-3 timex (%s): %d documents\n", path, rep.Docs)
	fmt.Fprintln(w, "relaxed span match (any overlap); value = accuracy on matched gold; valueF1 as TempEval-3")
	fmt.Fprintf(w, "%-10s %5s %5s %6s %6s %6s %7s %7s %7s\n", "class", "gold", "pred", "P", "R", "F1", "value", "valueF1", "type")
	for _, c := range []struct {
		name string
		s    DateScore
	}{{"DATE/TIME", rep.DateTime}, {"overall", rep.Overall}} {
		fmt.Fprintf(w, "%-10s %5d %5d %6.3f %6.3f %6.3f %7.3f %7.3f %7.3f\n", c.name, c.s.Gold, c.s.Pred,
			c.s.Precision(), c.s.Recall(), c.s.F1(), c.s.ValueAccuracy(), c.s.ValueF1(), c.s.TypeAccuracy())
	}
	errs := append([]string(nil), rep.Errors...)
	sort.Strings(errs)
	if len(errs) > 0 {
		fmt.Fprintf(w, "errors (%d):\n", len(errs))
	}
	for _, e := range errs {
		if _, err := fmt.Fprintln(w, "  "+e); err != nil {
			return fmt.Errorf("write date report: %w", err)
		}
	}
	return nil
}
