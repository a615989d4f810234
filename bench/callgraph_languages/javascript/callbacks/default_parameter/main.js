function byName(a, b) {
  return 0;
}

function byDate(a, b) {
  return 1;
}

function sortItems(items, compare = byName) {
  return items.slice().sort((a, b) => compare(a, b));
}

function retry(task, onError = console.error) {
  try {
    task();
  } catch (e) {
    onError(e);
  }
}

function ping() {}

sortItems([]);
sortItems([], byDate);
retry(ping);
