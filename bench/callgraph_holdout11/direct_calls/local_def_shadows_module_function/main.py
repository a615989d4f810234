import html


def escape(text):
    """Module-level escaping for HTML attribute values."""
    return html.escape(text, quote=True)


def slug(text):
    return "-".join(text.lower().split())


def render_markdown(source):
    def escape(text):
        # markdown escaping: backslash the special characters
        return "".join("\\" + ch if ch in "*_`" else ch for ch in text)

    def slug(text):
        return text.strip().lower().replace(" ", "_")

    lines = []
    for line in source.splitlines():
        if line.startswith("# "):
            title = line[2:]
            lines.append(f"# {escape(title)} {{#{slug(title)}}}")
        else:
            lines.append(escape(line))
    return "\n".join(lines)


def render_link(label, url):
    return f'<a href="{escape(url)}" id="{slug(label)}">{label}</a>'


print(render_markdown("# Use *args\nplain_text here"))
print(render_link("Home Page", "/?a=1&b=2"))
