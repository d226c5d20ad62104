// Placeholder until the prover lands.
