function fetchRow(id) {
  return Promise.resolve({ id });
}

function isValid(row) {
  return row.id > 0;
}

function normalize(row) {
  return { ...row, ok: true };
}

function parse(text) {
  return text.trim();
}

function report(err) {
  console.error(err);
}

function tick() {}

async function load(ids) {
  const rows = await Promise.all(ids.map(fetchRow));
  const parse = JSON.parse;
  parse("{}");
  return rows.filter(isValid).map(normalize);
}

load([1, 2])
  .then((rows) => parse(rows.length))
  .catch(report);
setTimeout(tick, 0);
