function clamp(x) {
  return x < 0 ? 0 : x;
}

const strategies = {
  percent(total, v) {
    return total - (total * v) / 100;
  },
  flat: function (total, v) {
    return clamp(total - v);
  },
  none(total) {
    return total;
  },
};

function checkout(total, kind, value) {
  const apply = strategies[kind] || strategies.none;
  return apply(total, value);
}

function summary(total) {
  const clamp = Math.round;
  return clamp(total);
}

checkout(100, "percent", 10);
checkout(100, "flat", 5);
checkout(100, "gift", 0);
summary(99.5);
