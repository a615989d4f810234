function save(): void {}

function apply(cb: () => void): void {
  cb();
}

apply(save);
