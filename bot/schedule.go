package bot

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

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
			if err := s.postDigest(ctx, slot); err != nil {
				s.metrics.errors.Add(1)
				s.log.Error("digest: failed", "slot", slot, "err", err)
				s.checkAuth(err)
			}
		}
		sc.c.Schedule(sched, s.safeJob("digest", digest))
		// A slot missed while the bot was down is posted now if it is
		// still that day; the claim makes a slot already posted a no-op.
		if slot, ok := lastSlot(sched, s.deps.Now().In(loc)); ok && sameDay(slot, s.deps.Now(), loc) {
			sc.startup.Go(s.safeJob("digest catch-up", digest).Run)
		}
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

// postDigest posts the digest for slot to the digest channel exactly once:
// it is built first, then the slot is claimed, then posted, then finished.
func (s *service) postDigest(ctx context.Context, slot time.Time) error {
	ch := s.cfg.DigestChannel
	slot = slot.UTC().Truncate(time.Second)
	d, err := s.deps.Answers.Digest(ctx, slot.In(s.cfg.Location))
	if err != nil {
		return fmt.Errorf("build digest: %w", err)
	}
	ok, err := s.deps.Slots.ClaimDigest(ctx, ch, slot)
	if err != nil {
		return fmt.Errorf("claim digest slot: %w", err)
	}
	if !ok {
		s.log.Info("digest: slot already claimed", "channel", ch, "slot", slot)
		return nil
	}
	ts, err := s.post.postAll(ctx, ch, "", SlackMessages(DigestReply(d, s.cfg.Location)))
	if err != nil {
		return fmt.Errorf("post digest: %w", err)
	}
	s.metrics.digestPosts.Add(1)
	if err := s.deps.Slots.FinishDigest(ctx, ch, slot, ts); err != nil {
		return fmt.Errorf("finish digest slot: %w", err)
	}
	s.log.Info("digest: posted", "channel", ch, "slot", slot, "ts", ts)
	return nil
}
