class Color:
    def __init__(self, r, g, b):
        self.rgb = (r, g, b)

    def hex(self):
        return "#" + "".join(f"{c:02x}" for c in self.rgb)

    def mix(self, other):
        return Color(*((a + b) // 2 for a, b in zip(self.rgb, other.rgb)))


class Theme:
    BLACK = Color(0, 0, 0)
    WHITE = Color(255, 255, 255)
    ACCENT = Color(0, 120, 215)

    def __init__(self, name, background=None):
        self.name = name
        self.background = background or Theme.WHITE
        self.text = self.contrast(self.background)

    @staticmethod
    def brightness(color):
        r, g, b = color.rgb
        return (299 * r + 587 * g + 114 * b) // 1000

    def contrast(self, color):
        return self.BLACK if Theme.brightness(color) > 128 else self.WHITE

    def muted_accent(self):
        return self.ACCENT.mix(self.background)

    def css(self):
        return f"body {{ background: {self.background.hex()}; color: {self.text.hex()} }}"


light = Theme("light")
dark = Theme("dark", Color(30, 30, 30))
for theme in (light, dark):
    print(theme.name, theme.css(), theme.muted_accent().hex())
