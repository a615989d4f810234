"""The application imports tool as a library and calls run() directly; tool's own
`if __name__ == "__main__": cli()` does not fire on import."""
import tool


def main():
    results = tool.run(["a.txt", "b.txt"], verbose=True)
    return summarize(results)


def summarize(lines):
    return f"{len(lines)} files"


if __name__ == "__main__":
    print(main())
