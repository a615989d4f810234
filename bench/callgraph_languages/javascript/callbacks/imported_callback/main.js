import { onSave } from './handlers.js';

function on(handler) {
  handler();
}

on(onSave);
