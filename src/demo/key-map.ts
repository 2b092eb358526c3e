/** Demo rows refer to each other by local keys; this remembers the id each key was stored under. */
export class KeyMap {
  private readonly ids = new Map<string, string>();

  constructor(private readonly what: string) {}

  set(key: string, id: string): void {
    if (this.ids.has(key)) throw new Error(`demo data: ${this.what} "${key}" is defined twice`);
    this.ids.set(key, id);
  }

  id(key: string): string {
    const id = this.ids.get(key);
    if (!id) throw new Error(`demo data: no ${this.what} with key "${key}"`);
    return id;
  }

  idsOf(keys: readonly string[]): string[] {
    return keys.map((key) => this.id(key));
  }

  get size(): number {
    return this.ids.size;
  }
}
