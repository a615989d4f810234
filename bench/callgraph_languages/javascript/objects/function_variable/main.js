function real() {}

const alias = real;
const arrow = () => real();

function main() {
  alias();
  arrow();
}
