//go:build race

package reliability

// raceEnabled: the test process (and the fake Slack in it) runs under the
// race detector, several times slower; the bot binary never does.
const raceEnabled = true
