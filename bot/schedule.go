package bot

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsroom/newsbot/store"
	"github.com/robfig/cron/v3"
)

// cronParser takes standard five-field specs and descriptors (@daily, @every 1h).
var cronParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

type schedules struct {
	c       *cron.Cron
	startup sync.WaitGroup // the catch-up digest at start
}

// stop stops the cron and waits for running jobs.
func (sc *schedules) stop() {
	<-sc.c.Stop().Done()
	sc.startup.Wait()
}

// lastSlot is the latest activation of sched at or before now, looking
// back at most 26 hours.
func lastSlot(sched cron.Schedule, now time.Time) (time.Time, bool) {
	t := sched.Next(now.Add(-26 * time.Hour))
	if t.IsZero() || t.After(now) {
		return time.Time{}, false
	}
	for {
		n := sched.Next(t)
		if n.IsZero() || n.After(now) {
			return t, true
		}
		t = n
	}
}

func (s *service) startSchedules(ctx context.Context) (*schedules, error) {
	loc := s.cfg.Location
	sc := &schedules{c: cron.New(cron.WithLocation(loc), cron.WithParser(cronParser))}
	if s.cfg.DigestChannel != "" {
		sched, err := cronParser.Parse(s.cfg.digestSchedule())
		if err != nil {
			return nil, fmt.Errorf("DIGEST_SCHEDULE: %w", err)
		}
		digest := func() {
			slot, ok := lastSlot(sched, s.deps.Now().In(loc))
			if !ok {
				return
			}
			if err := s.postDigest(ctx, slot, false); err != nil {
				s.metrics.errors.Add(1)
				s.log.Error("digest: failed", "slot", slot, "err", err)
				s.checkAuth(err)
			}
		}
		sc.c.Schedule(sched, s.safeJob("digest", digest))
		recoverJob := s.safeJob("digest recovery", func() {
			if err := s.recoverDigests(ctx); err != nil {
				s.metrics.errors.Add(1)
				s.log.Error("digest: recovery failed", "err", err)
				s.checkAuth(err)
			}
		})
		sc.c.Schedule(cron.Every(time.Minute), recoverJob)
		// Claims abandoned by an earlier run are settled first; then a slot
		// missed while the bot was down is posted if it is still that day
		// (the claim makes a slot already posted a no-op).
		catchUp := s.safeJob("digest catch-up", digest)
		sc.startup.Go(func() {
			recoverJob.Run()
			if slot, ok := lastSlot(sched, s.deps.Now().In(loc)); ok && sameDay(slot, s.deps.Now(), loc) {
				catchUp.Run()
			}
		})
	}
	if s.deps.PollFeeds != nil {
		sched, err := cronParser.Parse(s.cfg.feedSchedule())
		if err != nil {
			return nil, fmt.Errorf("FEED_SCHEDULE: %w", err)
		}
		sc.c.Schedule(sched, s.safeJob("feeds", func() {
			if err := s.deps.PollFeeds(ctx, s.cfg.Feeds); err != nil {
				s.metrics.errors.Add(1)
				s.log.Error("feeds: poll failed", "err", err)
			}
		}))
	}
	sc.c.Start()
	return sc, nil
}

// safeJob recovers panics, logs them, and skips a run while the previous
// one is still going.
func (s *service) safeJob(name string, f func()) cron.Job {
	var running atomic.Bool
	return cron.FuncJob(func() {
		if !running.CompareAndSwap(false, true) {
			s.log.Warn("job: still running, skipped", "job", name)
			return
		}
		defer running.Store(false)
		defer func() {
			if r := recover(); r != nil {
				s.metrics.errors.Add(1)
				s.log.Error("job: panic", "job", name, "panic", fmt.Sprint(r))
			}
		}()
		f()
	})
}

// digestClaims is what finishing abandoned digest claims needs beyond
// newsbot.SlotStore; *store.Store has it. With a SlotStore without it a
// claim whose post failed stays claimed, as before.
type digestClaims interface {
	ReleaseDigest(ctx context.Context, channel string, slot time.Time) error
	UnfinishedDigests(ctx context.Context, before time.Time) ([]store.DigestClaim, error)
	TouchDigest(ctx context.Context, channel string, slot, staleBefore time.Time) (bool, error)
}

// Claim ages are measured on the real clock, as the store's claim times
// are (Deps.Now only picks slots).
//
// A digest claim is renewed every claimHeartbeat while its post runs; one
// not renewed for claimGrace belongs to a process that died (or stalled,
// and then stopped posting: see keepClaim) and may be taken over. The
// store keeps claim times in whole seconds, so the grace is at least 2 s.
const (
	defaultClaimGrace     = 2 * time.Second
	defaultClaimHeartbeat = 400 * time.Millisecond
	// awaitClaimLimit bounds how long `bot digest --post` waits for another
	// live process to finish posting the same slot.
	awaitClaimLimit = 3 * time.Minute
)

// errClaimLost ends a digest post whose claim could not be renewed:
// another process may take it over, so this one must stop posting.
var errClaimLost = errors.New("digest claim could not be renewed")

func (s *service) digestMessages(ctx context.Context, slot time.Time) ([]Message, error) {
	d, err := s.deps.Answers.Digest(ctx, slot.In(s.cfg.Location))
	if err != nil {
		return nil, fmt.Errorf("build digest: %w", err)
	}
	return SlackMessages(DigestReply(d, s.cfg.Location)), nil
}

// postDigest posts the digest for slot to the digest channel exactly once:
// it is built first, then the slot is claimed, then posted (its first
// message tagged with the slot), then finished. When the slot is claimed
// already and wait is set (`bot digest --post`), it waits until the claim
// is finished, or abandoned and then taken over; without wait (the
// schedule) recoverDigests deals with abandoned claims.
func (s *service) postDigest(ctx context.Context, slot time.Time, wait bool) error {
	ch := s.cfg.DigestChannel
	slot = slot.UTC().Truncate(time.Second)
	msgs, err := s.digestMessages(ctx, slot)
	if err != nil {
		return err
	}
	ok, err := s.deps.Slots.ClaimDigest(ctx, ch, slot)
	if err != nil {
		return fmt.Errorf("claim digest slot: %w", err)
	}
	if ok {
		return s.sendDigest(ctx, slot, msgs, false)
	}
	if dc, can := s.deps.Slots.(digestClaims); can && wait {
		return s.awaitClaim(ctx, dc, slot, msgs)
	}
	s.log.Info("digest: slot already claimed", "channel", ch, "slot", slot)
	return nil
}

// awaitClaim waits for a claimed slot: done when its claimant finishes it;
// posted here when the claim is released (claimed again) or abandoned
// (taken over, then Slack is checked before posting).
func (s *service) awaitClaim(ctx context.Context, dc digestClaims, slot time.Time, msgs []Message) error {
	ch := s.cfg.DigestChannel
	deadline := time.Now().Add(awaitClaimLimit)
	for {
		took, err := dc.TouchDigest(ctx, ch, slot, time.Now().Add(-s.claimGrace))
		if err != nil {
			return fmt.Errorf("take over digest slot: %w", err)
		}
		if took {
			s.log.Warn("digest: taking over an abandoned claim", "channel", ch, "slot", slot)
			return s.sendDigest(ctx, slot, msgs, true)
		}
		pending, err := s.unfinished(ctx, dc, slot)
		if err != nil {
			return err
		}
		if !pending {
			// Finished by its claimant, or released after a failed post.
			ok, err := s.deps.Slots.ClaimDigest(ctx, ch, slot)
			if err != nil {
				return fmt.Errorf("claim digest slot: %w", err)
			}
			if ok {
				return s.sendDigest(ctx, slot, msgs, false)
			}
			s.log.Info("digest: slot already posted", "channel", ch, "slot", slot)
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("digest slot %s: another process is still posting it", slot.Format(time.RFC3339))
		}
		if err := sleep(ctx, s.claimHeartbeat); err != nil {
			return fmt.Errorf("wait for digest slot: %w", err)
		}
	}
}

// unfinished reports whether slot has a claim without a posted message.
func (s *service) unfinished(ctx context.Context, dc digestClaims, slot time.Time) (bool, error) {
	claims, err := dc.UnfinishedDigests(ctx, time.Now().Add(time.Hour))
	if err != nil {
		return false, fmt.Errorf("digest slot: %w", err)
	}
	for _, c := range claims {
		if c.Channel == s.cfg.DigestChannel && c.Slot.Equal(slot) {
			return true, nil
		}
	}
	return false, nil
}

// recoverDigests posts again today's slots whose post failed here (they
// were released), and finishes today's claims abandoned for longer than
// the grace period (their process died between claiming and recording the
// post, or gave up with the outcome unknown): it takes each over, and posts
// it unless Slack shows the tagged message already arrived. It runs at
// start-up and every minute.
func (s *service) recoverDigests(ctx context.Context) error {
	dc, ok := s.deps.Slots.(digestClaims)
	if !ok || s.cfg.DigestChannel == "" {
		return nil
	}
	now := s.deps.Now()
	claims, err := dc.UnfinishedDigests(ctx, time.Now().Add(-s.claimGrace))
	if err != nil {
		return fmt.Errorf("digest recovery: %w", err)
	}
	var errs []error
	// Slots this process released after a failed post are tried again.
	s.retryMu.Lock()
	var again []time.Time
	for slot := range s.retry {
		if sameDay(slot, now, s.cfg.Location) {
			again = append(again, slot)
		}
		delete(s.retry, slot)
	}
	s.retryMu.Unlock()
	for _, slot := range again {
		if err := s.postDigest(ctx, slot, false); err != nil {
			errs = append(errs, err)
		}
	}
	for _, c := range claims {
		// A slot of an earlier day is not posted late; it stays claimed.
		if c.Channel != s.cfg.DigestChannel || !sameDay(c.Slot, now, s.cfg.Location) {
			continue
		}
		msgs, err := s.digestMessages(ctx, c.Slot)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		took, err := dc.TouchDigest(ctx, c.Channel, c.Slot, time.Now().Add(-s.claimGrace))
		if err != nil {
			errs = append(errs, fmt.Errorf("take over digest slot: %w", err))
			continue
		}
		if !took { // renewed or taken over by another process meanwhile
			continue
		}
		s.log.Warn("digest: taking over an abandoned claim", "channel", c.Channel, "slot", c.Slot)
		if err := s.sendDigest(ctx, c.Slot, msgs, true); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// sendDigest posts a claimed slot's digest and records its ts. When
// recovering an abandoned claim it first looks for the slot's tagged
// message in the channel and only records it if found. A post that
// definitely failed releases the claim so a retry can claim it; one whose
// outcome is unknown leaves it for recoverDigests.
func (s *service) sendDigest(ctx context.Context, slot time.Time, msgs []Message, recovering bool) error {
	ch := s.cfg.DigestChannel
	dc, _ := s.deps.Slots.(digestClaims)
	postCtx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	stopKeeping := func() {}
	if dc != nil {
		stopKeeping = s.keepClaim(postCtx, stop, dc, slot)
		defer stopKeeping()
	}
	if recovering {
		// The post happened after the claim, at or after the slot for a
		// scheduled digest; a manual one may precede its slot.
		since := time.Now().Add(-24 * time.Hour)
		if slot.Before(since) {
			since = slot
		}
		var ts string
		err := s.post.do(postCtx, "", func() error {
			t, err := s.post.find(postCtx, ch, "", digestMarker(slot), since)
			ts = t
			return err
		}, nil)
		if err != nil {
			if cause := context.Cause(postCtx); cause != nil && !errors.Is(err, cause) {
				err = fmt.Errorf("%w: %w", cause, err)
			}
			return fmt.Errorf("digest slot %s: look for the post in Slack (the slot stays claimed): %w", slot.Format(time.RFC3339), err)
		}
		if ts != "" {
			stopKeeping()
			if err := s.deps.Slots.FinishDigest(ctx, ch, slot, ts); err != nil {
				return fmt.Errorf("finish digest slot: %w", err)
			}
			s.log.Info("digest: found posted before the claim was recorded", "channel", ch, "slot", slot, "ts", ts)
			return nil
		}
	}
	ts, err := s.post.postAll(postCtx, ch, "", msgs, digestMarker(slot))
	stopKeeping() // a finished or released claim is not renewed
	if err != nil && cannotPost(err) {
		err = fmt.Errorf("DIGEST_CHANNEL %s refuses the bot (invite it there with /invite @newsbot): %w", ch, err)
	}
	if ts == "" {
		if cause := context.Cause(postCtx); errors.Is(cause, errClaimLost) {
			err = fmt.Errorf("%w: %w", cause, err)
		}
		if errors.Is(err, errMaybePosted) || errors.Is(err, errClaimLost) || dc == nil {
			return fmt.Errorf("post digest (the slot stays claimed until it is checked again): %w", err)
		}
		if rerr := dc.ReleaseDigest(context.WithoutCancel(ctx), ch, slot); rerr != nil {
			return fmt.Errorf("post digest: %w (and releasing the slot failed: %w)", err, rerr)
		}
		s.retryMu.Lock()
		s.retry[slot] = true
		s.retryMu.Unlock()
		return fmt.Errorf("post digest (slot released, retried within a minute): %w", err)
	}
	s.metrics.digestPosts.Add(1)
	if ferr := s.deps.Slots.FinishDigest(context.WithoutCancel(ctx), ch, slot, ts); ferr != nil {
		return fmt.Errorf("finish digest slot: %w", ferr)
	}
	if err != nil {
		// The digest is in the channel; only a continuation in its thread
		// is missing. Posting the slot again would duplicate it.
		return fmt.Errorf("post digest continuation: %w", err)
	}
	s.log.Info("digest: posted", "channel", ch, "slot", slot, "ts", ts)
	return nil
}

// keepClaim renews the slot's claim every claimHeartbeat until the
// returned func (idempotent) is called. When renewals fail for half the
// grace period it cancels the post (with errClaimLost): another process
// may take the claim over after the grace, and this one must have stopped
// by then.
func (s *service) keepClaim(ctx context.Context, cancel context.CancelCauseFunc, dc digestClaims, slot time.Time) (done func()) {
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(s.claimHeartbeat)
		defer t.Stop()
		last := time.Now()
		for {
			select {
			case <-stop:
				return
			case <-ctx.Done():
				return
			case <-t.C:
			}
			ok, err := dc.TouchDigest(ctx, s.cfg.DigestChannel, slot, time.Now().Add(time.Hour))
			if err == nil && ok {
				last = time.Now()
				continue
			}
			if err != nil && ctx.Err() != nil {
				return
			}
			if err == nil || time.Since(last) > s.claimGrace/2 {
				// Not renewed: the claim is gone or finished elsewhere, or the
				// database has been unwritable too long.
				s.log.Warn("digest: claim not renewed, stopping the post", "slot", slot, "err", err)
				cancel(errClaimLost)
				return
			}
		}
	})
	var once sync.Once
	return func() {
		once.Do(func() {
			close(stop)
			wg.Wait()
		})
	}
}
