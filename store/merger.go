package store

import (
	"fmt"

	newsbot "github.com/newsroom/newsbot"
)

// merger merges a batch's issues on a goroutine of its own, in article
// order, while the batch's goroutine goes on storing the next articles:
// comparing an extracted issue with its stored candidates is CPU work in
// Go (mostSimilar, keyword tests), and the single writer spent a quarter
// of its time there with the connection idle. The two share the
// transaction; each statement takes the saver's lock (saver.mu).
//
// Merging reads and writes only issues, issue_terms, issue links and the
// cache's issues and terms; storing articles never does. Where the batch
// goroutine touches issue state itself (an updated article: its old links
// go, and everything deferred is written first), it waits for the merger
// to catch up (drain). So every issue sees the same merges in the same
// order as when one goroutine did both, and stores the same rows.
type merger struct {
	jobs chan mergeJob
	done chan struct{}
	err  error // the first merge error; read after a barrier or done
}

// mergeJob is one article's issues to merge, or a trim of the cache's
// candidate lists at a merge epoch (trim), or a barrier closed once every
// job before it is done.
type mergeJob struct {
	article, published int64
	issues             []newsbot.Issue
	pp                 *prepped
	quotes             []savedQuote
	trim               bool
	barrier            chan struct{}
}

// mergeQueue bounds how far storing runs ahead of merging: a whole batch
// (DefaultBatchSize in ingest), so that a run of slow merges (issues with
// many candidates) never stops the storing of the articles after them;
// the batch waits for merging once, at its end. Jobs only point into the
// batch, which is in memory anyway.
const mergeQueue = 1024

func (sv *saver) startMerger() {
	mg := &merger{jobs: make(chan mergeJob, mergeQueue), done: make(chan struct{})}
	sv.mg = mg
	go func() {
		defer close(mg.done)
		for j := range mg.jobs {
			switch {
			case j.barrier != nil:
				close(j.barrier)
			case mg.err != nil:
				// Drain: the batch fails at its next barrier or at its end.
			case j.trim:
				sv.c.trimTerms()
			default:
				if err := sv.mergeArticleIssues(j.article, j.published, j.issues, j.pp.issues, j.quotes); err != nil {
					mg.err = fmt.Errorf("article %d: %w", j.article, err)
				} else if err := sv.mergeClosings(j.article, j.published, j.pp.closings); err != nil {
					mg.err = fmt.Errorf("article %d: %w", j.article, err)
				}
			}
		}
	}()
}

// mergeIssues merges an article's issues: queued to the merger when there
// is one, else at once.
func (sv *saver) mergeIssues(article, published int64, issues []newsbot.Issue, pp *prepped, quotes []savedQuote) error {
	if sv.mg != nil {
		sv.mg.jobs <- mergeJob{article: article, published: published, issues: issues, pp: pp, quotes: quotes}
		return nil
	}
	if err := sv.mergeArticleIssues(article, published, issues, pp.issues, quotes); err != nil {
		return err
	}
	return sv.mergeClosings(article, published, pp.closings)
}

// trimMerged trims the cache at a merge epoch: people here, candidate
// lists in merge order.
func (sv *saver) trimMerged() {
	sv.c.trimPeople()
	if sv.mg != nil {
		sv.mg.jobs <- mergeJob{trim: true}
		return
	}
	sv.c.trimTerms()
}

// drain waits until every queued merge is done and returns the first
// merge error.
func (sv *saver) drain() error {
	if sv.mg == nil {
		return nil
	}
	b := make(chan struct{})
	sv.mg.jobs <- mergeJob{barrier: b}
	<-b
	return sv.mg.err
}

// stopMerger ends the merger after the queued merges and returns the first
// merge error; merging is inline afterwards.
func (sv *saver) stopMerger() error {
	mg := sv.mg
	if mg == nil {
		return nil
	}
	sv.mg = nil
	close(mg.jobs)
	<-mg.done
	return mg.err
}
