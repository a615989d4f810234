import { save } from './store.js';

function finish() {}
function fallback() {}
function fail() {}
function onDone() {}

function run({ onDone, onError = fallback }) {
  onDone();
  onError();
}

const go = ({ onDone: done }) => {
  done();
};

function later(options) {
  const { onDone, onError = fallback } = options;
  onDone();
  onError();
}

function forward(options) {
  run(options);
}

const handlers = { onDone: save, onError: () => {} };

function main() {
  run({ onDone: finish });
  run(handlers);
  go({ onDone: finish });
  later({ onDone: fail, onError: fail });
  forward({ onDone: onDone, onError: fail });
}
