package main

type Timer struct{ d int }

func (t Timer) Stop() {}

func (t *Timer) Reset() {}

type Logger struct{ prefix string }

func (l Logger) Print(msg string) {}

func each(msgs []string, emit func(string)) {
	for _, m := range msgs {
		emit(m)
	}
}

func main() {
	stop := Timer{d: 1}.Stop
	stop()
	reset := (&Timer{}).Reset
	reset()
	each([]string{"a"}, Logger{prefix: ">"}.Print)
}
