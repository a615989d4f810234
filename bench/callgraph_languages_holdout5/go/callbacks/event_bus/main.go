package main

type Bus struct{ subs map[string][]func(string) }

func NewBus() *Bus { return &Bus{subs: map[string][]func(string){}} }

func (b *Bus) On(topic string, fn func(string)) {
	b.subs[topic] = append(b.subs[topic], fn)
}

func (b *Bus) Emit(topic, msg string) {
	for _, fn := range b.subs[topic] {
		fn(msg)
	}
}

func audit(msg string) {}

func notify(to, msg string) {}

type Metrics struct{ n int }

func (m *Metrics) Count(msg string) { m.n++ }

func main() {
	bus := NewBus()
	m := &Metrics{}
	bus.On("order", audit)
	bus.On("order", m.Count)
	bus.On("order", func(msg string) { notify("ops", msg) })
	bus.Emit("order", "placed")
}
