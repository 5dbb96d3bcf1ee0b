package main

import (
	"context"
	"errors"
)

var errPending = errors.New("not wired yet")

func cmdServe(ctx context.Context, e env, args []string) error     { return errPending }
func cmdDemo(ctx context.Context, e env, args []string) error      { return errPending }
func cmdConsole(ctx context.Context, e env, args []string) error   { return errPending }
func cmdIngest(ctx context.Context, e env, args []string) error    { return errPending }
func cmdWhoSaid(ctx context.Context, e env, args []string) error   { return errPending }
func cmdItinerary(ctx context.Context, e env, args []string) error { return errPending }
func cmdIssues(ctx context.Context, e env, args []string) error    { return errPending }
func cmdAsk(ctx context.Context, e env, args []string) error       { return errPending }
func cmdDigest(ctx context.Context, e env, args []string) error    { return errPending }
func cmdEval(ctx context.Context, e env, args []string) error      { return errPending }
func cmdBackup(ctx context.Context, e env, args []string) error    { return errPending }
func cmdRestore(ctx context.Context, e env, args []string) error   { return errPending }
