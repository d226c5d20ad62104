// Placeholder until the game model lands.
