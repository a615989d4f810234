package main

type Event struct{ name string }

type Bus struct{ subs []func(Event) }

func (b *Bus) Subscribe(f func(Event)) { b.subs = append(b.subs, f) }

func (b *Bus) Publish(e Event) {
	for _, f := range b.subs {
		f(e)
	}
}

func onSave(e Event) {}

type Audit struct{ seen int }

func (a *Audit) record(e Event) { a.seen++ }

func main() {
	bus := &Bus{}
	a := &Audit{}
	bus.Subscribe(onSave)
	bus.Subscribe(a.record)
	bus.Publish(Event{name: "save"})
}
