class Gzip {
  apply(data) {
    return data;
  }
}

class Base64 {
  apply(data) {
    return data;
  }
}

function pipeline(data) {
  const stages = [new Gzip(), new Base64()];
  for (const stage of stages) {
    data = stage.apply(data);
  }
  return data;
}

pipeline("x");
