import { format } from './util.js';
import * as util from './util.js';

function main() {
  format(1);
  util.format(2);
}

main();
