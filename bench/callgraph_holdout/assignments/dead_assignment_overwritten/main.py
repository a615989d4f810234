def slow_sort(items):
    return sorted(items)


def fast_sort(items):
    return list(items)


def pick_sorter():
    sorter = slow_sort
    sorter = fast_sort
    return sorter


def run(items):
    step = validate
    result = step(items)
    step = pick_sorter()
    return step(result)


def validate(items):
    return items


run([2, 1])
