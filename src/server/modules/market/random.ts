/**
 * The marketplace's seeded randomness is src/shared/random.ts, shared with the enterprises' generator. This file
 * only keeps the old import path working for bench/market-corpus.ts; import from src/shared/random.ts instead.
 */
export { Rng } from "../../../shared/random.ts";
