/**
 * A status machine given as the moves allowed from each status; statuses with no moves are final.
 * Each domain states its table once and asks it, so the rules live in one readable place.
 */
export class Lifecycle<S extends string> {
  constructor(private readonly moves: Record<S, readonly S[]>) {}

  /** The statuses reachable in one move from `from`. */
  allowedFrom(from: S): S[] {
    return [...this.moves[from]];
  }

  canMove(from: S, to: S): boolean {
    return this.moves[from].includes(to);
  }

  isFinal(status: S): boolean {
    return this.moves[status].length === 0;
  }
}
