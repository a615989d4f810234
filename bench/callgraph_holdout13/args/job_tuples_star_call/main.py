def open_image(path):
    return {"path": path, "size": (640, 480), "ops": []}


def resize(image, width, height=None):
    height = height or scale_height(image, width)
    image["ops"].append(("resize", width, height))
    image["size"] = (width, height)


def scale_height(image, width):
    old_w, old_h = image["size"]
    return old_h * width // old_w


def watermark(image, text="(c)", *, opacity=0.5):
    image["ops"].append(("mark", text, opacity))


def upload(image, bucket, *keys):
    for key in keys or (default_key(image),):
        image["ops"].append(("upload", bucket, key))


def default_key(image):
    return image["path"].rsplit("/", 1)[-1]


def run_jobs(image, jobs):
    for fn, args in jobs:
        fn(image, *args)
    return image["ops"]


def main():
    image = open_image("/tmp/cat.png")
    jobs = [
        (resize, (320,)),
        (watermark, ("ACME",)),
        (upload, ("thumbs",)),
        (upload, ("archive", "a/cat.png", "b/cat.png")),
    ]
    for op in run_jobs(image, jobs):
        print(op)


main()
