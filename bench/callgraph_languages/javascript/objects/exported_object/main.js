import { ops } from './ops.js';

function main() {
  ops.start();
  ops.stop();
}
