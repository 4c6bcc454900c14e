// The parts of the Frictionless project's JavaScript libraries the tests use (they ship no types).
declare module "datapackage" {
  type Row = Record<string, unknown>;
  export class Resource {
    name: string;
    read(options?: { keyed?: boolean; relations?: boolean; cast?: boolean }): Promise<Row[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    descriptor: Record<string, unknown>;
    resources: Resource[];
    getResource(name: string): Resource | null;
  }
}
declare module "tableschema" {
  export class Field {
    constructor(descriptor: object);
    castValue(value: string): unknown;
  }
}
