package store

import (
	"context"
	"fmt"
	"strings"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// eventTTL is how long Slack event ids are remembered; Slack retries within
// minutes, a week is ample.
const eventTTL = 7 * 24 * time.Hour

// pruneEvery: one SeenEvent call in this many also deletes expired ids.
const pruneEvery = 500

// ClaimDigest records that the digest for (channel, slot) is being posted.
// It is true for exactly one caller per (channel, slot), across processes:
// the primary key decides, inside SQLite's write lock.
func (s *Store) ClaimDigest(ctx context.Context, channel string, slot time.Time) (bool, error) {
	if strings.TrimSpace(channel) == "" {
		return false, fmt.Errorf("claim digest: empty channel: %w", newsbot.ErrBadInput)
	}
	res, err := s.w.ExecContext(ctx, `INSERT INTO digests(channel, slot, claimed_at) VALUES (?, ?, ?)
		ON CONFLICT(channel, slot) DO NOTHING`, channel, slot.Unix(), s.now().Unix())
	if err != nil {
		return false, fmt.Errorf("claim digest %s %s: %w", channel, slot.Format(time.RFC3339), err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("claim digest %s %s: %w", channel, slot.Format(time.RFC3339), err)
	}
	return n == 1, nil
}

// FinishDigest records the posted message timestamp of a claimed slot.
func (s *Store) FinishDigest(ctx context.Context, channel string, slot time.Time, ts string) error {
	res, err := s.w.ExecContext(ctx, `UPDATE digests SET ts = ? WHERE channel = ? AND slot = ?`, ts, channel, slot.Unix())
	if err := mustAffect(res, err, "digest slot", slot.Unix()); err != nil {
		return fmt.Errorf("finish digest %s %s: %w", channel, slot.Format(time.RFC3339), err)
	}
	return nil
}

// SeenEvent records a Slack event id; false when it was already recorded.
func (s *Store) SeenEvent(ctx context.Context, eventID string) (bool, error) {
	if eventID == "" {
		return false, fmt.Errorf("seen event: empty id: %w", newsbot.ErrBadInput)
	}
	now := s.now()
	res, err := s.w.ExecContext(ctx, `INSERT INTO slack_events(event_id, seen_at) VALUES (?, ?)
		ON CONFLICT(event_id) DO NOTHING`, eventID, now.Unix())
	if err != nil {
		return false, fmt.Errorf("seen event %s: %w", eventID, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("seen event %s: %w", eventID, err)
	}
	if s.events.Add(1)%pruneEvery == 1 {
		if err := s.PruneEvents(ctx); err != nil {
			return n == 1, err
		}
	}
	return n == 1, nil
}

// PruneEvents forgets Slack event ids older than a week.
func (s *Store) PruneEvents(ctx context.Context) error {
	if _, err := s.w.ExecContext(ctx, `DELETE FROM slack_events WHERE seen_at < ?`, s.now().Add(-eventTTL).Unix()); err != nil {
		return fmt.Errorf("prune events: %w", err)
	}
	return nil
}

// ReleaseDigest gives up an unfinished claim (the post failed), so that a
// retry can claim the slot again. A finished slot stays claimed.
func (s *Store) ReleaseDigest(ctx context.Context, channel string, slot time.Time) error {
	if _, err := s.w.ExecContext(ctx, `DELETE FROM digests WHERE channel = ? AND slot = ? AND ts IS NULL`, channel, slot.Unix()); err != nil {
		return fmt.Errorf("release digest %s %s: %w", channel, slot.Format(time.RFC3339), err)
	}
	return nil
}

// DigestClaim is a claimed digest slot.
type DigestClaim struct {
	Channel   string
	Slot      time.Time
	ClaimedAt time.Time
	TS        string // "" while unfinished
}

// UnfinishedDigests lists claims made before `before` that never recorded a
// posted message: a process died between claiming and posting. The caller
// decides whether to post (after checking Slack) or release them.
func (s *Store) UnfinishedDigests(ctx context.Context, before time.Time) ([]DigestClaim, error) {
	rows, err := s.rq.QueryContext(ctx, `SELECT channel, slot, claimed_at FROM digests WHERE ts IS NULL AND claimed_at < ? ORDER BY slot`, before.Unix())
	if err != nil {
		return nil, fmt.Errorf("unfinished digests: %w", err)
	}
	defer rows.Close()
	var out []DigestClaim
	for rows.Next() {
		var c DigestClaim
		var slot, claimed int64
		if err := rows.Scan(&c.Channel, &slot, &claimed); err != nil {
			return nil, fmt.Errorf("unfinished digests: %w", err)
		}
		c.Slot, c.ClaimedAt = time.Unix(slot, 0).UTC(), time.Unix(claimed, 0).UTC()
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("unfinished digests: %w", err)
	}
	return out, nil
}

// TouchDigest renews an unfinished claim's claimed_at to now, but only when
// it was last renewed before staleBefore; true when it did. The claimant
// calls it as a heartbeat while posting (staleBefore in the future), and a
// process recovering an abandoned claim calls it with now minus a grace
// period: the condition makes that take-over exclusive, since the first
// taker's renewal makes the claim fresh for everyone else.
func (s *Store) TouchDigest(ctx context.Context, channel string, slot, staleBefore time.Time) (bool, error) {
	res, err := s.w.ExecContext(ctx, `UPDATE digests SET claimed_at = ? WHERE channel = ? AND slot = ? AND ts IS NULL AND claimed_at < ?`,
		s.now().Unix(), channel, slot.Unix(), staleBefore.Unix())
	if err != nil {
		return false, fmt.Errorf("touch digest %s %s: %w", channel, slot.Format(time.RFC3339), err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("touch digest %s %s: %w", channel, slot.Format(time.RFC3339), err)
	}
	return n == 1, nil
}
