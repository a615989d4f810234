// rxjs WebSocketSubject.multiplex: `new Observable((observer: Observer<T>) => ...)`:
// the callback always gets the Subscriber the library builds; the private ConsumerObserver
// (only ever a SafeSubscriber's destination) implements Observer too.
// False edge: main_ts -> main_ts.Consumer.error (the arrow's o.error(1)).
interface Observer {
  error(e: unknown): void;
}

class Consumer implements Observer {
  error(e: unknown): void {
    console.log(e);
  }
}

export class Safe implements Observer {
  private destination: Consumer;
  constructor() {
    this.destination = new Consumer();
  }
  error(e: unknown): void {
    this.destination.error(e);
  }
}

export function make(subscribe: (o: Observer) => void): void {
  subscribe(new Safe());
}

make((o: Observer) => o.error(1));
