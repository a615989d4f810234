class Battery:
    def __init__(self, charge):
        self.charge = charge

    def draw(self, amount):
        self.charge -= amount
        return self.charge > 0


class Engine:
    def __init__(self, battery):
        self.battery = battery
        self.running = False

    def start(self):
        self.running = self.battery.draw(5)
        return self.running

    def stop(self):
        self.running = False


class Dashboard:
    def __init__(self):
        self.lines = []

    def show(self, text):
        self.lines.append(text)

    def warn(self, text):
        self.show("WARNING: " + text)


class Car:
    def __init__(self, charge):
        self.battery = Battery(charge)
        self.engine = Engine(self.battery)
        self.dashboard = Dashboard()

    def start(self):
        if self.engine.start():
            self.dashboard.show("engine on")
        else:
            self.dashboard.warn("battery empty")
        return self

    def park(self):
        self.engine.stop()
        self.dashboard.show(f"parked at {self.battery.charge}%")
        return self.dashboard.lines


def main():
    print(Car(80).start().park())
    print(Car(3).start().park())


main()
