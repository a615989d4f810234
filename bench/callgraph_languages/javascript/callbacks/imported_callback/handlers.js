export function onSave() {}
