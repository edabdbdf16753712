// Disjoint sets over 0..n-1 (union by size, path halving): which candidates and panelists
// are linked through shared ratings.

export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(count: number) {
    this.parent = new Int32Array(count);
    this.size = new Int32Array(count).fill(1);
    for (let i = 0; i < count; i++) this.parent[i] = i;
  }

  find(element: number): number {
    let node = element;
    let parent = this.parent[node] ?? node;
    while (parent !== node) {
      const grandparent = this.parent[parent] ?? parent;
      this.parent[node] = grandparent;
      node = grandparent;
      parent = this.parent[node] ?? node;
    }
    return node;
  }

  union(a: number, b: number): void {
    let rootA = this.find(a);
    let rootB = this.find(b);
    if (rootA === rootB) return;
    if ((this.size[rootA] ?? 0) < (this.size[rootB] ?? 0))
      [rootA, rootB] = [rootB, rootA];
    this.parent[rootB] = rootA;
    this.size[rootA] = (this.size[rootA] ?? 0) + (this.size[rootB] ?? 0);
  }
}
