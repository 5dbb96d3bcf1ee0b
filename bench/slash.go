package bench

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/newsroom/newsbot/bot"
	"github.com/newsroom/newsbot/bot/slacktest"
	"github.com/newsroom/newsbot/store"
	"github.com/newsroom/newsbot/summaries"
)

// SlashResult is the latency of slash commands through the fake Slack:
// from sending the envelope over the socket to its ack, and to the reply
// posted on the response_url.
type SlashResult struct {
	Ack, Reply Latency
}

// slashGuard bounds one command; a reply slower than this is a failure.
const slashGuard = 30 * time.Second

// RunSlash starts the bot (bot.Run, Socket Mode) against an in-process fake
// Slack, sends each text as `/whosaid TEXT` one at a time, and times the ack
// and the reply. Both sides share this process and its cores, so the
// figures include the fake's own work (WebSocket and HTTP on loopback).
func RunSlash(ctx context.Context, st *store.Store, svc *summaries.Service, texts []string) (SlashResult, error) {
	if len(texts) == 0 {
		return SlashResult{}, errors.New("slash: no commands to send")
	}
	fake := slacktest.New()
	defer fake.Close()
	cfg := bot.Config{BotToken: fake.BotToken, AppToken: fake.AppToken, APIURL: fake.APIURL(), Workers: 4}
	deps := bot.Deps{Answers: svc, Issues: st, Slots: st, Logger: slog.New(slog.DiscardHandler)}
	ctx, cancel := context.WithCancel(ctx)
	runErr := make(chan error, 1)
	go func() { runErr <- bot.Run(ctx, cfg, deps) }()
	stop := func() error {
		cancel()
		select {
		case err := <-runErr:
			if err != nil && !errors.Is(err, context.Canceled) {
				return fmt.Errorf("slash: bot: %w", err)
			}
			return nil
		case <-time.After(slashGuard):
			return errors.New("slash: bot did not stop")
		}
	}
	if !fake.WaitFor(slashGuard, fake.Connected) {
		return SlashResult{}, errors.Join(errors.New("slash: the bot never connected to the fake Slack"), stop())
	}
	acks := make([]time.Duration, 0, len(texts))
	replies := make([]time.Duration, 0, len(texts))
	for _, text := range texts {
		t0 := time.Now()
		env, resp := fake.Slash("UREPORTER", "CNEWSDESK", "/whosaid", text)
		// The ack goes out on the socket's writer goroutine and the reply
		// over HTTP: either may arrive first, so wait for both.
		var ack, reply time.Duration
		done := fake.WaitFor(slashGuard, func() bool {
			if ack == 0 && fake.Acked(env) {
				ack = time.Since(t0)
			}
			if reply == 0 && len(fake.ResponsesTo(resp)) > 0 {
				reply = time.Since(t0)
			}
			return ack != 0 && reply != 0
		})
		if !done {
			return SlashResult{}, errors.Join(fmt.Errorf("slash: /whosaid %s: acked %v, replied %v within %s",
				text, ack != 0, reply != 0, slashGuard), stop())
		}
		acks, replies = append(acks, ack), append(replies, reply)
	}
	if err := stop(); err != nil {
		return SlashResult{}, err
	}
	return SlashResult{Ack: Summarize(acks), Reply: Summarize(replies)}, nil
}
