function validate(req) {}

function authorize(req) {}

function handle(req) {
  [validate, authorize].forEach((step) => step(req));
}

handle({});
