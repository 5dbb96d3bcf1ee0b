package bot

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ConsolePrompt is printed before each line the console reads.
const ConsolePrompt = "newsbot> "

// Console reads commands and questions from in and writes what Slack would
// show to out, until EOF, "quit" or ctx is cancelled. Lines look like
// "/whosaid Starmer", "@newsbot when is Starmer in Shanghai?" or "/digest";
// any other line is taken as a question. The console user is the local
// operator and may use editors' commands.
func Console(ctx context.Context, in io.Reader, out io.Writer, h *Handler) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	fmt.Fprintf(out, "Type /newsbot help for commands, quit to leave.\n%s", ConsolePrompt)
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return err
		}
		line := strings.TrimSpace(sc.Text())
		switch strings.ToLower(line) {
		case "":
			fmt.Fprint(out, ConsolePrompt)
			continue
		case "quit", "exit", "\\q":
			return nil
		}
		if err := ConsoleLine(ctx, line, out, h); err != nil {
			if errors.Is(err, errOutput) {
				return err
			}
			fmt.Fprintf(out, "(error: %v)\n", err)
		}
		fmt.Fprint(out, ConsolePrompt)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("console input: %w", err)
	}
	fmt.Fprintln(out)
	return nil
}

var errOutput = errors.New("console output")

// ConsoleLine answers one typed line (as Console does) and writes the reply
// to out. `bot ask "QUESTION"` and the demo tour use it. A handler error is
// returned after its polite reply has been written.
func ConsoleLine(ctx context.Context, line string, out io.Writer, h *Handler) error {
	r, err := h.Handle(ctx, consoleRequest(strings.TrimSpace(line)))
	if _, werr := io.WriteString(out, Text(r)); werr != nil {
		return fmt.Errorf("%w: %w", errOutput, werr)
	}
	return err
}

// consoleRequest turns a typed line into a Request: "/cmd args" is a
// command, "@name question" or bare text a question (a mention).
func consoleRequest(line string) Request {
	req := Request{Kind: KindConsole, UserID: "console", ChannelID: "console"}
	if strings.HasPrefix(line, "/") {
		req.Command, req.Text = splitWord(line)
		return req
	}
	if strings.HasPrefix(line, "@") {
		_, line = splitWord(line)
	}
	req.Text = line
	return req
}
