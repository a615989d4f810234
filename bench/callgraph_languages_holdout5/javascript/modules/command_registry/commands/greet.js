export default function greet(who) {
  return `hi ${format(who)}`;
}

function format(s) {
  return s.toUpperCase();
}
