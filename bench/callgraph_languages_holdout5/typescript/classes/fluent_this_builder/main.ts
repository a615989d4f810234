function clamp(n: number): number {
  return Math.max(1, Math.min(n, 100));
}

class QueryBuilder {
  protected parts: string[] = [];

  select(...cols: string[]): this {
    this.parts.push(`SELECT ${cols.join(", ")}`);
    return this;
  }

  join(table: string): this {
    this.parts.push(`JOIN ${table}`);
    return this;
  }

  where(cond: string): this {
    this.parts.push(`WHERE ${cond}`);
    return this;
  }

  build(): string {
    return this.parts.join(" ");
  }
}

class PagedQueryBuilder extends QueryBuilder {
  limit(n: number): this {
    this.parts.push(`LIMIT ${clamp(n)}`);
    return this;
  }

  build(): string {
    return super.build() + ";";
  }
}

const sql = new PagedQueryBuilder().select("id").join("orders").where("id > 1").limit(5).build();
console.log(sql);
